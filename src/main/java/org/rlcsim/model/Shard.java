package org.rlcsim.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed block of consecutive participants with its own random stream and its own list of
 * changes that reach beyond the block (ties with other participants, new ties and people). Blocks
 * can be worked on at the same time; their changes are then applied one block after another, in
 * order. The split is the same whatever the number of threads, so results never depend on it.
 */
final class Shard implements Serializable, NewTies {
    private static final long serialVersionUID = 1L;

    final int index;
    final int from;
    final int to;
    final MersenneTwisterFast random;
    /** Contacts along ties between two participants, applied after the block's pass. */
    final List<PeerContact> peerContacts = new ArrayList<>();
    final List<NewTie> newTies = new ArrayList<>();
    final List<Person> admitted = new ArrayList<>();
    /** Who decided to come to each of tomorrow's activities, in the order they decided. */
    private Person[][] proposals = new Person[0][];
    private int[] proposalCount = new int[0];
    /** Leader roles given up this evening, by activity: the RLC's counts are updated after the sweep. */
    int[] vacated = new int[0];

    record PeerContact(Person from, Tie tie) implements Serializable {}

    /** A tie to form: with node {@code other}, or with a new node of role {@code newNode} when other is -1. */
    record NewTie(Person person, int other, Role newNode, TieType type, float affinity) implements Serializable {}

    Shard(int index, int from, int to, MersenneTwisterFast random) {
        this.index = index;
        this.from = from;
        this.to = to;
        this.random = random;
    }

    void propose(Person p, int activity) {
        if (activity >= proposals.length) {
            int n = activity + 1;
            proposals = java.util.Arrays.copyOf(proposals, n);
            proposalCount = java.util.Arrays.copyOf(proposalCount, n);
            vacated = java.util.Arrays.copyOf(vacated, Math.max(n, vacated.length));
        }
        Person[] list = proposals[activity];
        if (list == null) list = proposals[activity] = new Person[8];
        else if (proposalCount[activity] == list.length) list = proposals[activity] = java.util.Arrays.copyOf(list, list.length * 2);
        list[proposalCount[activity]++] = p;
    }

    Person[] proposals(int activity) {
        return activity < proposals.length && proposals[activity] != null ? proposals[activity] : NOBODY;
    }

    int proposalCount(int activity) {
        return activity < proposalCount.length ? proposalCount[activity] : 0;
    }

    void clearProposals() {
        java.util.Arrays.fill(proposalCount, 0);
    }

    /** A leader gives up the role at once; the RLC's count of leaders follows after the sweep. */
    void standDown(Person p) {
        int a = p.leaderOf;
        if (a < 0) return;
        if (a >= vacated.length) vacated = java.util.Arrays.copyOf(vacated, a + 1);
        vacated[a]++;
        p.leaderOf = -1;
    }

    private static final Person[] NOBODY = new Person[0];

    @Override
    public void tie(Person p, int other, TieType type, float affinity) {
        newTies.add(new NewTie(p, other, null, type, affinity));
    }

    @Override
    public void newcomer(Person p, Role role, TieType type, float affinity) {
        newTies.add(new NewTie(p, -1, role, type, affinity));
    }
}
