package org.rlcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * When a friendship ends: exactly the first day on which the faded strength is below the
 * friendship level, which the weekly friend count relies on.
 */
class FadingTest {

    /** The first day {@code after} falls below {@code level}, by walking day by day. */
    private static int walked(Fading f, double strength, double level) {
        int d = 0;
        while (f.after(strength, d) >= level) d++;
        return d;
    }

    @Property
    void aFriendshipEndsOnTheFirstDayItsStrengthIsBelowTheLevel(
            @ForAll @DoubleRange(min = 0.0005, max = 0.05) @Scale(6) double decay,
            @ForAll @DoubleRange(min = 0.2, max = 0.8) double level,
            @ForAll @DoubleRange(min = 0, max = 1) @Scale(6) double share,
            @ForAll @IntRange(min = -400, max = 2000) int lastContact) {
        double strength = level + share * (1.0 - level);
        Fading fading = new Fading(decay, 0.05);
        int end = fading.friendshipEnds(strength, lastContact, level);
        assertEquals(lastContact + walked(fading, strength, level), end);
        assertTrue(fading.after(strength, end - lastContact) < level);
    }

    @Property
    void aTieWeakerThanTheLevelIsNoFriendshipFromItsLastContact(
            @ForAll @DoubleRange(min = 0.2, max = 0.8) double level, @ForAll @DoubleRange(min = 0, max = 0.999) @Scale(6) double share,
            @ForAll @IntRange(min = -400, max = 2000) int lastContact) {
        assertEquals(lastContact, new Fading(0.006, 0.05).friendshipEnds(level * share, lastContact, level));
    }
}
