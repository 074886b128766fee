package org.rlcsim.model;

import java.io.Serializable;
import java.util.Arrays;
import org.rlcsim.model.params.TieRules;

/**
 * Every node (participants, RLC staff, community members, relatives, coworkers) and every tie.
 * Node ids: participants first (their id is their index), then staff, then the pool of
 * community members, then relatives and coworkers as they enter a participant's life.
 * Community members belong to circles of {@code circleSize} consecutive ids: a friend's circle
 * is who a friend can introduce (Jin, Girvan &amp; Newman 2001).
 */
public final class SocialNetwork implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Person[] people;
    private final TieRules rules;
    private final TieEndings endings;
    private final Fading[] fading = new Fading[TieType.ALL.length];
    private byte[] roles;
    private int nodeCount;
    private final int firstStaff;
    private final int staffCount;
    private final int firstCommunity;
    private final int communityCount;
    private final int circleSize;

    /** Draws when ties end for other reasons than fading; ties only form one at a time, so one stream serves. */
    private final ec.util.MersenneTwisterFast random;
    private final double[] endRate = new double[TieType.ALL.length];

    SocialNetwork(Person[] people, int staffCount, int communityCount, int circleSize, TieRules rules,
                  ec.util.MersenneTwisterFast random) {
        this.people = people;
        this.random = random;
        this.rules = rules;
        this.roles = new byte[Math.max(16, people.length + staffCount + communityCount) * 2];
        for (int i = 0; i < people.length; i++) roles[i] = (byte) Role.PARTICIPANT.ordinal();
        nodeCount = people.length;
        firstStaff = nodeCount;
        this.staffCount = staffCount;
        for (int i = 0; i < staffCount; i++) addNode(Role.STAFF);
        firstCommunity = nodeCount;
        this.communityCount = communityCount;
        for (int i = 0; i < communityCount; i++) addNode(Role.COMMUNITY);
        this.circleSize = circleSize;
        this.endings = new TieEndings();
        for (TieType t : TieType.ALL) {
            fading[t.ordinal()] = new Fading(rules.of(t).decay(), rules.threshold());
            endRate[t.ordinal()] = rules.of(t).endRate();
        }
    }

    public int addNode(Role role) {
        if (nodeCount == roles.length) roles = Arrays.copyOf(roles, roles.length * 2);
        roles[nodeCount] = (byte) role.ordinal();
        return nodeCount++;
    }

    public int nodeCount() { return nodeCount; }

    public Role role(int node) { return Role.ALL[roles[node]]; }

    public boolean isParticipant(int node) { return node < people.length; }

    public Person person(int node) { return people[node]; }

    public int staffNode(int k) { return firstStaff + k; }

    public int staffCount() { return staffCount; }

    public int randomCommunityMember(ec.util.MersenneTwisterFast random) {
        return firstCommunity + random.nextInt(communityCount);
    }

    /** Someone else from the circle of community member {@code node}. */
    public int circleMate(int node, ec.util.MersenneTwisterFast random) {
        int offset = node - firstCommunity;
        int circleStart = offset - offset % circleSize;
        int size = Math.min(circleSize, communityCount - circleStart);
        if (size < 2) return -1;
        int pick = circleStart + random.nextInt(size - 1);
        if (pick >= offset) pick++;
        return firstCommunity + pick;
    }

    Fading fading(int type) {
        return fading[type];
    }

    public double decay(TieType t) {
        return fading[t.ordinal()].decay;
    }

    /** Forms a tie between participant {@code p} and node {@code other}; the caller checked there is none. */
    public Tie form(Person p, int other, TieType type, float affinity, int day) {
        return form(p, other, type, affinity, rules.newStrength(), day);
    }

    Tie form(Person p, int other, TieType type, float affinity, double strength, int day) {
        Tie t = new Tie(p.id, other, type, affinity, strength, day, fading[type.ordinal()]);
        t.breakDay = Thinning.next(random, day, endRate[type.ordinal()]);
        t.refreshExpiry();
        p.addTie(t, isParticipant(other));
        if (isParticipant(other)) people[other].addTie(t, true);
        else t.soleHolder = p;
        endings.schedule(t, day);
        return t;
    }

    /** A contact renews the tie: strength decays to today, then closes {@code gain} of the gap to 1. */
    public void contact(Tie t, int day, double gain) {
        renew(t, day, t.strengthOn(day), gain);
    }

    /** As {@link #contact}, for a caller who already knows the decayed strength {@code s}. */
    void renew(Tie t, int day, double s, double gain) {
        if (t.soleHolder != null) {
            renewHeldBy(t.soleHolder, t.slotIn(t.soleHolder.id), day, s, gain);
            return;
        }
        t.renew(day, renewed(s, gain));
        people[t.a].tieRenewed(t);
        if (isParticipant(t.b)) people[t.b].tieRenewed(t);
    }

    /** As {@link #renew}, for {@code p}'s tie {@code k} to someone who is not a participant: p is its only holder. */
    void renewHeldBy(Person p, int k, int day, double s, double gain) {
        p.tieRenewedAt(k, day, renewed(s, gain));
    }

    private static double renewed(double s, double gain) {
        return Math.min(1.0, s + gain * (1.0 - s));
    }

    /**
     * How many of {@code p}'s ties are friendships on {@code day}, for a day that is over (every
     * tie held is live then). A tie's friendship lasts until a day known from its last contact;
     * that day is kept with the person, so ties nobody was in touch with since the last count are
     * not read at all.
     */
    public int friendsOf(Person p, int day) {
        double level = rules.friendThreshold();
        int friends = 0;
        for (int k = 0; k < p.tieCount; k++) {
            int end = p.friendshipEnd(k); // NO_FRIENDSHIP is before every day
            if (end == Person.UNKNOWN) {
                end = fading[p.tieTypeIndex(k)].friendshipEnds(p.tieStrength(k), p.tieLastContact(k), level);
                p.setFriendshipEnd(k, end);
            }
            if (day < end) friends++;
        }
        return friends;
    }

    /** Ends the ties whose strength has fallen below the threshold today. */
    void endFadedTies(int day, Shards shards) {
        endings.process(day, this, shards);
    }

    /** The day tie {@code t} is over was worked out again: its holders' copies follow. */
    void expiryWorkedOut(Tie t) {
        people[t.a].tieExpiryWorkedOut(t);
        if (isParticipant(t.b)) people[t.b].tieExpiryWorkedOut(t);
    }

    void end(Tie t) {
        if (t.ended) return;
        t.ended = true;
        t.detach();
        Person p = people[t.a];
        p.removeTie(t);
        if (isParticipant(t.b)) people[t.b].removeTie(t);
        if (t.type == TieType.FAMILY) {
            p.estrangedRelatives++;
            p.nextReconnection = Thinning.NOW;
        }
    }

    /**
     * A calendar of the days on which ties would fade out. Each live tie has exactly one entry;
     * when its day comes and it was renewed since, it is put back at its new expiry day.
     */
    private static final class TieEndings implements Serializable {
        private static final long serialVersionUID = 1L;
        private static final int HORIZON = 1024;
        /** Ties worked out again per task: a few dozen tasks on a busy day of 10,000 people. */
        private static final int REFRESH_CHUNK = 32;
        private final Tie[][] buckets = new Tie[HORIZON][];
        private final int[] sizes = new int[HORIZON];

        void schedule(Tie t, int today) {
            long when = Math.min((long) t.expiryDay, (long) today + HORIZON - 1);
            if (when <= today) when = today + 1;
            int b = (int) Math.floorMod(when, (long) HORIZON);
            Tie[] bucket = buckets[b];
            if (bucket == null) bucket = buckets[b] = new Tie[8];
            else if (sizes[b] == bucket.length) bucket = buckets[b] = Arrays.copyOf(bucket, bucket.length * 2);
            bucket[sizes[b]++] = t;
        }

        void process(int day, SocialNetwork net, Shards shards) {
            int b = Math.floorMod(day, HORIZON);
            Tie[] bucket = buckets[b];
            int n = sizes[b];
            if (n == 0) return;
            // Entries re-scheduled for this same bucket go to a fresh array, so read a detached copy.
            buckets[b] = null;
            sizes[b] = 0;
            // Working out again when each tie is over reads its state from wherever its holders
            // lie in memory, the dearest part of this phase: done in parallel, a tie at a time,
            // since each tie writes only its own fields and its own slot in its holders' arrays.
            // Ending and re-scheduling change those arrays and the calendar: one at a time, after.
            int chunks = (n + REFRESH_CHUNK - 1) / REFRESH_CHUNK;
            shards.forEachTask(chunks, c -> {
                for (int k = c * REFRESH_CHUNK; k < Math.min(n, (c + 1) * REFRESH_CHUNK); k++) {
                    Tie t = bucket[k];
                    if (!t.ended && t.expiryStale()) {
                        t.refreshExpiry();
                        net.expiryWorkedOut(t);
                    }
                }
            });
            for (int k = 0; k < n; k++) {
                Tie t = bucket[k];
                if (t.ended) continue;
                if (t.expiryDay <= day) net.end(t);
                else schedule(t, day);
            }
        }
    }
}
