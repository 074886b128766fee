package org.rlcsim.model;

import ec.util.MersenneTwisterFast;
import org.rlcsim.model.mechanisms.SocialNetworks;
import org.rlcsim.model.params.CommunityRules;
import org.rlcsim.model.params.TieRules;

/**
 * Getting to know new people outside the RLC: community members met in daily life, and friends'
 * friends, to whom a friend introduces (people who share a friend meet far more often; Jin,
 * Girvan &amp; Newman 2001). Both depend on sociability (social anxiety and identity, see
 * {@link SocialNetworks}) and become rarer as a person's circle fills up.
 */
final class CommunityLife {
    private final RlcModel model;
    private final CommunityRules rules;
    private final TieRules ties;

    CommunityLife(RlcModel model) {
        this.model = model;
        this.rules = model.params().community();
        this.ties = model.params().ties();
    }

    /** Room for new ties: halves at {@code saturation_ties} non-family ties. */
    double room(Person p) {
        return 1.0 / (1.0 + Math.exp(ties.saturationSteepness() * (p.nonFamilyTies() - ties.saturationTies())));
    }

    float affinity(MersenneTwisterFast random) {
        return (float) Draw.meanOneLogNormal(random, ties.affinitySd());
    }

    void meetNewPeople(Person p, int day, MersenneTwisterFast random, NewTies newTies) {
        // Before the next candidate day there is nothing to do (a day not drawn yet is before
        // every day); this check is kept small so that the JIT inlines it into the daily loop.
        if (day < p.nextMeeting) return;
        meetOnCandidateDay(p, day, random, newTies);
    }

    private void meetOnCandidateDay(Person p, int day, MersenneTwisterFast random, NewTies newTies) {
        // sociability is at most 1 + identity_weight and room at most 1
        double bound = rules.meetRate() * (1.0 + rules.identityWeight());
        p.nextMeeting = Thinning.drawn(random, p.nextMeeting, day, bound);
        if (day < p.nextMeeting) return;
        p.nextMeeting = Thinning.next(random, day, bound);
        double chance = rules.meetRate() * model.socialNetworks.sociability(p, day) * room(p);
        if (Thinning.tryEvent(random, chance, bound)) meetCommunityMember(p, random, newTies);
    }

    /** Gets to know a random member of the community, if not known already. */
    void meetCommunityMember(Person p, MersenneTwisterFast random, NewTies newTies) {
        int c = model.network().randomCommunityMember(random);
        if (p.tieWith(c) == null) newTies.tie(p, c, TieType.OUTSIDE, affinity(random));
    }

    /**
     * Friend {@code via} introduces {@code p} to someone the friend knows. Reads the friend's ties
     * when the friend is a participant, so that case runs only when one thing runs at a time.
     */
    void introduce(Person p, Tie via, int day, MersenneTwisterFast random, NewTies newTies) {
        SocialNetwork net = model.network();
        int friend = via.other(p.id);
        int target;
        TieType type = TieType.OUTSIDE;
        if (net.role(friend) == Role.COMMUNITY) {
            target = net.circleMate(friend, random);
        } else if (net.isParticipant(friend)) {
            Person f = net.person(friend);
            if (f.tieCount < 2) return;
            Tie onward = f.ties[random.nextInt(f.tieCount)];
            if (!onward.type.canBeFriendship()) return;
            target = onward.other(friend);
            if (via.type == TieType.RLC_PEER && onward.type == TieType.RLC_PEER) type = TieType.RLC_PEER;
        } else {
            return;
        }
        if (target < 0 || target == p.id) return;
        if (random.nextDouble() >= model.socialNetworks.sociability(p, day) * room(p)) return;
        if (net.isParticipant(target) && net.person(target).inHospital) return;
        if (p.tieWith(target) != null) return;
        newTies.tie(p, target, type, affinity(random));
    }
}
