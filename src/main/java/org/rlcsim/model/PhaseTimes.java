package org.rlcsim.model;

import java.io.Serializable;

/**
 * Wall time spent in each phase of the model's days since it started, for benchmarks: where a
 * run's time goes (docs/ODD.md, 7.13). Two clock readings a phase, a few a day, cost nothing
 * measurable.
 */
public final class PhaseTimes implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A day's phases, in the order they run. */
    public enum Phase {
        /** The RLC's sessions with those who decided to come. */
        SESSIONS,
        /** Everyday contacts, meeting people, family, work and crises, block by block. */
        EVERYDAY_LIFE,
        /** What the blocks left for afterwards: contacts between participants, new ties, admissions. */
        DEFERRED_CHANGES,
        /** The end of the day (intrapersonal change, loneliness) and the evening's plans. */
        EVENING,
        /** Ties that faded today end. */
        ENDING_TIES
    }

    private final long[] nanos = new long[Phase.values().length];

    /** Adds the time from {@code startNanos} (a {@link System#nanoTime()} reading) until now to {@code phase}. */
    void add(Phase phase, long startNanos) {
        nanos[phase.ordinal()] += System.nanoTime() - startNanos;
    }

    /** Nanoseconds of wall time spent in {@code phase} so far. */
    public long nanos(Phase phase) {
        return nanos[phase.ordinal()];
    }
}
