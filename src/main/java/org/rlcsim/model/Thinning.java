package org.rlcsim.model;

import ec.util.MersenneTwisterFast;

/**
 * Rare daily events whose chance changes from day to day but never exceeds a known bound
 * (finding a job, a crisis, meeting someone new). Candidate days are drawn from the bound, and
 * only on a candidate day is the event's own chance worked out and tried, with probability
 * chance / bound (thinning; Lewis &amp; Shedler 1979). The result is exactly a daily Bernoulli
 * draw with the day's chance, but a person costs no random draw on the many days in between.
 */
public final class Thinning {
    /** A next-candidate day not drawn yet (at the start, or after the chance's bound changed). */
    public static final int NOW = Integer.MIN_VALUE;
    private static final int NEVER = Integer.MAX_VALUE;

    private Thinning() {}

    /** The next candidate day after {@code today} for events of daily chance at most {@code bound}. */
    public static int next(MersenneTwisterFast random, int today, double bound) {
        if (bound <= 0) return NEVER;
        if (bound >= 1) return today + 1;
        // Math.log is an intrinsic, several times faster than log1p; the bounds here are far above
        // the 1e-12 where the two would differ in a way that matters.
        double skipped = Math.floor(Math.log(1.0 - random.nextDouble()) / Math.log(1.0 - bound));
        return skipped >= (double) NEVER - today - 1 ? NEVER : today + 1 + (int) skipped;
    }

    /** The candidate day to keep: {@code next}, or a first one drawn from today on if none is drawn. */
    public static int drawn(MersenneTwisterFast random, int next, int day, double bound) {
        return next == NOW ? next(random, day - 1, bound) : next;
    }

    /** On a candidate day: whether the event happens, given its chance today. */
    public static boolean tryEvent(MersenneTwisterFast random, double chance, double bound) {
        return random.nextDouble() * bound < chance;
    }
}
