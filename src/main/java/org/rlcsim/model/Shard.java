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

    record PeerContact(Person from, Tie tie) implements Serializable {}

    /** A tie to form: with node {@code other}, or with a new node of role {@code newNode} when other is -1. */
    record NewTie(Person person, int other, Role newNode, TieType type, float affinity) implements Serializable {}

    Shard(int index, int from, int to, MersenneTwisterFast random) {
        this.index = index;
        this.from = from;
        this.to = to;
        this.random = random;
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
