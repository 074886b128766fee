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
    /** Who decided this evening to come to each of tomorrow's activities, in the order they decided. */
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

    /** Room for plans about each of the RLC's {@code activities}. */
    void planFor(int activities) {
        proposals = new Person[activities][8];
        proposalCount = new int[activities];
        vacated = new int[activities];
    }

    void propose(Person p, int activity) {
        Person[] list = proposals[activity];
        if (proposalCount[activity] == list.length) list = proposals[activity] = java.util.Arrays.copyOf(list, list.length * 2);
        list[proposalCount[activity]++] = p;
    }

    Person[] proposals(int activity) {
        return proposals[activity];
    }

    int proposalCount(int activity) {
        return proposalCount[activity];
    }

    void clearProposals() {
        java.util.Arrays.fill(proposalCount, 0);
    }

    /** A leader gives up the role at once; the RLC's count of leaders follows after the sweep. */
    void standDown(Person p) {
        if (p.leaderOf < 0) return;
        vacated[p.leaderOf]++;
        p.leaderOf = -1;
    }

    @Override
    public void tie(Person p, int other, TieType type, float affinity) {
        newTies.add(new NewTie(p, other, null, type, affinity));
    }

    @Override
    public void newcomer(Person p, Role role, TieType type, float affinity) {
        newTies.add(new NewTie(p, -1, role, type, affinity));
    }
}
