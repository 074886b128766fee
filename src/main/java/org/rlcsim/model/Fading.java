package org.rlcsim.model;

import java.io.Serializable;

/**
 * How ties of one type fade without contact: exponentially, at a daily rate, until their
 * strength falls below the threshold at which the tie is over. Fading over whole days is read
 * from a table for the spans ties usually go untouched, since exp is the dearest step of an
 * everyday contact.
 */
final class Fading implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int TABLE_DAYS = 1024;

    final double decay;
    final double threshold;
    private final double[] table = new double[TABLE_DAYS];

    Fading(double decay, double threshold) {
        this.decay = decay;
        this.threshold = threshold;
        for (int d = 0; d < TABLE_DAYS; d++) table[d] = Math.exp(-decay * d);
    }

    /** Strength {@code days} days after it was {@code strength}. */
    double after(double strength, int days) {
        return days < TABLE_DAYS ? strength * table[days] : strength * Math.exp(-decay * days);
    }

    /** About how many days it takes {@code strength} to fade below {@code level} (exact up to rounding). */
    int firstDayBelow(double strength, double level) {
        if (decay <= 0) return Integer.MAX_VALUE / 2;
        double days = Math.log(strength / level) / decay;
        return days >= Integer.MAX_VALUE / 4.0 ? Integer.MAX_VALUE / 2 : (int) Math.floor(days) + 1;
    }

    /**
     * The first day on or after {@code lastContact} on which a tie renewed to {@code strength}
     * that day is below {@code level}: exactly the first day {@link #after} falls below it.
     */
    int friendshipEnds(double strength, int lastContact, double level) {
        if (strength < level) return lastContact;
        int d = firstDayBelow(strength, level);
        while (d > 0 && after(strength, d - 1) < level) d--;
        while (d < Integer.MAX_VALUE / 2 && after(strength, d) >= level) d++;
        return d >= Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : lastContact + d;
    }

    /**
     * The first day on which a tie last renewed to {@code strength} on {@code lastContact} is
     * over: faded below the threshold, or its break day reached, whichever comes first.
     */
    int expiry(double strength, int lastContact, int breakDay) {
        if (decay <= 0) return breakDay;
        double days = Math.log(strength / threshold) / decay;
        if (days >= Integer.MAX_VALUE / 2.0) return breakDay;
        return Math.min(breakDay, lastContact + (int) Math.floor(days) + 1);
    }
}
