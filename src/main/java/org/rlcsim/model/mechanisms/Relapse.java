package org.rlcsim.model.mechanisms;

/**
 * How an intrapersonal state moves back towards where the person started on days without
 * experience: by the same share of what is left of the change each day, so that after n such
 * days (1 - relapse)^n of it is left. The closed form lets a state be brought up to date when it
 * is next read or changed, rather than day by day for everybody: a quiet day costs a person
 * nothing. Shares for the spans states usually go unread come from a table, as {@code Fading}'s
 * do for ties.
 */
final class Relapse {
    private static final int TABLE_DAYS = 2048;

    private final double rate;
    private final double[] left = new double[TABLE_DAYS];

    Relapse(double rate) {
        this.rate = rate;
        for (int d = 0; d < TABLE_DAYS; d++) left[d] = Math.pow(1.0 - rate, d);
    }

    /** The state {@code days} days without experience after it was {@code state}. */
    double after(double state, double start, int days) {
        if (days <= 0 || rate == 0) return state;
        double share = days < TABLE_DAYS ? left[days] : Math.pow(1.0 - rate, days);
        return start + share * (state - start);
    }
}
