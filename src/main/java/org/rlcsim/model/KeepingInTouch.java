package org.rlcsim.model;

import ec.util.MersenneTwisterFast;
import org.rlcsim.model.mechanisms.SocialNetworks;
import org.rlcsim.model.params.LonelinessRules;
import org.rlcsim.model.params.ModelParameters;
import org.rlcsim.model.params.TieRules;

/**
 * Everyday contact along existing ties, outside RLC sessions. Each tie is renewed at a rate set
 * by its type and affinity; a person's contacts for the day are drawn at once (the sum of those
 * rates is kept per person), so a tie costs work only on a day it is used. Lonely people withdraw
 * (Cacioppo, Fowler &amp; Christakis 2009). Contacts relieve loneliness, friends more than family,
 * spread word of the RLC, and bring introductions to friends' friends.
 */
final class KeepingInTouch {
    private final RlcModel model;
    private final TieRules ties;
    private final LonelinessRules loneliness;
    private final double wordOfMouth;
    private final double introductionProb;
    private final SocialNetworks socialNetworks;
    private final CommunityLife community;
    private final double[] contactRate = new double[TieType.ALL.length];
    private final double[] gain = new double[TieType.ALL.length];

    KeepingInTouch(RlcModel model, CommunityLife community) {
        this.model = model;
        ModelParameters p = model.params();
        this.ties = p.ties();
        this.loneliness = p.loneliness();
        this.wordOfMouth = p.rlc().enabled() ? p.rlc().attendance().wordOfMouth() : 0.0;
        this.introductionProb = p.community().introductionProb();
        this.socialNetworks = model.socialNetworks;
        this.community = community;
        for (TieType t : TieType.ALL) {
            contactRate[t.ordinal()] = ties.of(t).contactRate();
            gain[t.ordinal()] = ties.of(t).gain();
        }
    }

    /**
     * One person's everyday contacts. Contacts with relatives, outside people and coworkers are
     * handled here; those with other participants touch two people and are left to the block's
     * list ({@link #peerContact}), handled one at a time after the pass.
     */
    void day(Person p, int day, Shard shard) {
        if (p.tieCount == 0) return;
        if (p.contactRate < 0) updateRates(p);
        double total = p.contactRate;
        if (total <= 0) return;
        double expected = total * (1.0 - ties.withdrawal() * p.isolation);
        // Contacts form a Poisson process whose rate may change from day to day. Each person
        // carries the remaining exponential waiting "budget" to the next contact, so a day
        // without contact costs a subtraction, not a random draw.
        if (p.contactClock > expected) {
            p.contactClock -= expected;
            return;
        }
        contacts(p, day, shard, total, expected);
    }

    /**
     * The day's contacts, once the waiting budget runs out within it. Kept apart from
     * {@link #day}, which runs for everybody every day, so that the quiet-day check stays small
     * enough for the JIT to inline into the daily loop.
     */
    private void contacts(Person p, int day, Shard shard, double total, double expected) {
        MersenneTwisterFast random = shard.random;
        while (p.contactClock <= expected) {
            expected -= p.contactClock;
            p.contactClock = -Math.log(1.0 - random.nextDouble());
            int k = pick(p, random.nextDouble() * total);
            if (k < 0 || !p.tieAliveOn(k, day)) continue;
            if (p.tieToParticipant(k)) shard.peerContacts.add(new Shard.PeerContact(p, p.ties[k]));
            else touch(p, k, day, random, shard);
        }
        p.contactClock -= expected;
    }

    /**
     * Each tie type's contact rate for this person. Time for friends and acquaintances is limited
     * (Jin, Girvan &amp; Newman 2001): the more of them, the less each is seen, so a crowded circle
     * thins out again. The person's share of that time is kept with the total rate.
     */
    private double[] ratesOf(Person p, double[] rate) {
        for (TieType t : TieType.ALL) {
            double r = contactRate[t.ordinal()];
            if (t == TieType.RLC_PEER) r += socialNetworks.peerContactOutside();
            if (t == TieType.COWORKER && !p.employed) r = ties.coworkerAfterJobRate();
            rate[t.ordinal()] = t == TieType.FAMILY ? r : r * p.contactShare;
        }
        return rate;
    }

    /**
     * Recomputes the person's time share for non-family ties, the total contact rate over all
     * ties, and each tie's share of it as running sums. They change only when ties, work or a
     * switch change, which is when {@link Person#contactRate} is reset.
     */
    private void updateRates(Person p) {
        p.contactShare = 1.0;
        double[] rate = ratesOf(p, new double[TieType.ALL.length]);
        double others = 0;
        for (TieType t : TieType.ALL) if (t != TieType.FAMILY) others += rate[t.ordinal()] * p.affinityOfType[t.ordinal()];
        p.contactShare = ties.contactCapacity() / (ties.contactCapacity() + others);
        double total = 0;
        for (TieType t : TieType.ALL) {
            double r = t == TieType.FAMILY ? rate[t.ordinal()] : rate[t.ordinal()] * p.contactShare;
            total += r * p.affinityOfType[t.ordinal()];
        }
        p.contactRate = total;
        ratesOf(p, rate); // again, now with the share just worked out
        double cumulative = 0;
        for (int k = 0; k < p.tieCount; k++) {
            cumulative += rate[p.tieTypeIndex(k)] * p.tieAffinities[k];
            p.tieRateSums[k] = cumulative;
        }
    }

    /**
     * The index of the tie the contact is along: the first whose running sum of rates reaches
     * {@code target} (the last if rounding leaves the sums short of the total), or -1 for a
     * person without ties.
     */
    private static int pick(Person p, double target) {
        double[] sums = p.tieRateSums;
        int n = p.tieCount;
        for (int k = 0; k < n; k++) if (sums[k] >= target) return k;
        return n - 1;
    }

    /** A contact between two participants, applied after the pass with the model's own random stream. */
    void peerContact(Shard.PeerContact c, int day, NewTies newTies) {
        if (c.tie().isAliveOn(day) && !c.tie().isEnded()) touch(c.from(), c.tie(), c.tie().strengthOn(day), day, model.random, newTies);
    }

    /**
     * A contact along the person's tie {@code k} with someone who is not a participant, worked
     * from the person's own arrays: the Tie, the only holder of which is this person, is written
     * but not read (its memory is the slowest part of a contact), unless there is an introduction.
     */
    private void touch(Person p, int k, int day, MersenneTwisterFast random, NewTies newTies) {
        SocialNetwork net = model.network();
        int type = p.tieTypeIndex(k);
        TieType kind = TieType.ALL[type];
        double before = net.fading(type).after(p.tieStrength(k), day - p.tieLastContact(k));
        boolean friend = kind.canBeFriendship() && before >= ties.friendThreshold();
        net.renewHeldBy(p, k, day, before, gain[type]);
        p.today.contact += weight(kind, friend);
        if (friend && random.nextDouble() < introductionProb) community.introduce(p, p.ties[k], day, random, newTies);
    }

    /** How much a contact along a tie of this kind relieves loneliness. */
    private double weight(TieType kind, boolean friend) {
        return kind == TieType.FAMILY ? loneliness.familyWeight() : friend ? 1.0 : loneliness.acquaintanceWeight();
    }

    private void touch(Person p, Tie t, double before, int day, MersenneTwisterFast random, NewTies newTies) {
        SocialNetwork net = model.network();
        int type = t.type.ordinal();
        boolean friend = t.type.canBeFriendship() && before >= ties.friendThreshold();
        net.renew(t, day, before, gain[type]);
        double weight = weight(t.type, friend);
        p.today.contact += weight;
        int other = t.other(p.id);
        if (net.isParticipant(other)) {
            Person q = net.person(other);
            q.today.contact += weight;
            if (wordOfMouth > 0) {
                spreadWord(q, p, random);
                spreadWord(p, q, random);
            }
        }
        if (friend && random.nextDouble() < introductionProb) community.introduce(p, t, day, random, newTies);
    }

    /**
     * The strength around which a tie of this kind and affinity settles when renewed at its
     * everyday rate: where gains from contact, r a g (1 - s), balance fading, d s. Used to start
     * the model near its settled state, so the burn-in need only iron out the details.
     */
    static double settledStrength(org.rlcsim.model.params.TieKind kind, double affinity, double availability) {
        double gain = kind.contactRate() * affinity * availability * kind.gain();
        return gain <= 0 ? 0.0 : gain / (gain + kind.decay());
    }

    private void spreadWord(Person from, Person to, MersenneTwisterFast random) {
        if (from.member && !to.aware && model.rlcOpen() && random.nextDouble() < wordOfMouth) {
            to.aware = true;
            to.nextRlcStep = Thinning.NOW;
        }
    }

}
