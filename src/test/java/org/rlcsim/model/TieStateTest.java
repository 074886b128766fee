package org.rlcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * A person's packed copy of each tie's contact state gives back exactly what was put in, whatever
 * the days (negative in the burn-in, or the "never" markers), and changing one field leaves the
 * others as they were, also when a removed tie's slot is filled by the last one.
 */
class TieStateTest {

    private static Person person() {
        return new Person(0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1.0);
    }

    private static Tie tie(int other, TieType type, double strength, int lastContact, int expiry) {
        Tie t = new Tie(0, other, type, 1f, strength, lastContact, new Fading(0.01, 0.05));
        t.expiryDay = expiry;
        return t;
    }

    private static void assertState(Person p, int k, TieType type, boolean toParticipant, double strength,
                                    int lastContact, int expiry, int friendshipEnd) {
        assertEquals(type, p.tieType(k));
        assertEquals(toParticipant, p.tieToParticipant(k));
        assertEquals(Double.doubleToRawLongBits(strength), Double.doubleToRawLongBits(p.tieStrength(k)));
        assertEquals(lastContact, p.tieLastContact(k));
        assertEquals(expiry, p.tieExpiry(k));
        assertEquals(friendshipEnd, p.friendshipEnd(k));
    }

    /** A friendship end worked out from a contact: any day, never one of the markers. */
    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(Person.NO_FRIENDSHIP + 1, Integer.MAX_VALUE);
    }

    /** What a tie's friendship end reads before it is worked out. */
    private static int unworked(TieType type) {
        return type.canBeFriendship() ? Person.UNKNOWN : Person.NO_FRIENDSHIP;
    }

    @Property
    void eachFieldKeepsItsValueWhileOthersChange(@ForAll TieType type, @ForAll boolean toParticipant,
                                                 @ForAll @DoubleRange(min = 0, max = 1) double strength,
                                                 @ForAll int lastContact, @ForAll int expiry, @ForAll("days") int friendshipEnd,
                                                 @ForAll @DoubleRange(min = 0, max = 1) double renewed, @ForAll int renewedOn,
                                                 @ForAll int expiryLater) {
        Person p = person();
        Tie t = tie(7, type, strength, lastContact, expiry);
        p.addTie(t, toParticipant);
        assertState(p, 0, type, toParticipant, strength, lastContact, expiry, unworked(type));
        if (type.canBeFriendship()) {
            p.setFriendshipEnd(0, friendshipEnd);
            assertState(p, 0, type, toParticipant, strength, lastContact, expiry, friendshipEnd);
        }
        p.tieRenewedAt(0, renewedOn, renewed);
        assertState(p, 0, type, toParticipant, renewed, renewedOn, expiry, unworked(type));
        t.expiryDay = expiryLater;
        p.tieExpiryWorkedOut(t);
        assertState(p, 0, type, toParticipant, renewed, renewedOn, expiryLater, unworked(type));
    }

    @Property
    void aRemovedTiesSlotTakesTheLastTieWhole(@ForAll TieType first, @ForAll TieType last, @ForAll boolean toParticipant,
                                              @ForAll @DoubleRange(min = 0, max = 1) double strength,
                                              @ForAll int lastContact, @ForAll int expiry, @ForAll("days") int friendshipEnd) {
        Person p = person();
        Tie gone = tie(3, first, 0.5, 0, 100);
        p.addTie(gone, false);
        // enough ties that the arrays grow on the way (they start with room for 16)
        for (int k = 1; k < 20; k++) p.addTie(tie(10 + k, TieType.OUTSIDE, 0.3, k, 50 + k), false);
        Tie kept = tie(99, last, strength, lastContact, expiry);
        p.addTie(kept, toParticipant);
        if (last.canBeFriendship()) p.setFriendshipEnd(20, friendshipEnd);
        p.removeTie(gone);
        assertEquals(kept, p.ties()[0]);
        assertState(p, 0, last, toParticipant, strength, lastContact, expiry,
                last.canBeFriendship() ? friendshipEnd : Person.NO_FRIENDSHIP);
        for (int k = 1; k < 20; k++) assertState(p, k, TieType.OUTSIDE, false, 0.3, k, 50 + k, Person.UNKNOWN);
    }
}
