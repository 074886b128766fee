package org.rlcsim.model;

/**
 * Where a process puts the ties it starts: formed at once when the model runs one thing at a
 * time, collected by a {@link Shard} when blocks of people are worked on at the same time.
 */
interface NewTies {
    /** A tie between participant {@code p} and existing node {@code other}. */
    void tie(Person p, int other, TieType type, float affinity);

    /** A tie between {@code p} and someone new to the network (a relative found again, a coworker). */
    void newcomer(Person p, Role role, TieType type, float affinity);
}
