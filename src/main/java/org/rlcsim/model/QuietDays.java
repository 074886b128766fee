package org.rlcsim.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * On most days nothing happens to most people in the everyday pass but time passing: no contact
 * is due, and no rare event (meeting someone, finding family again, a job change, a crisis) has a
 * candidate day. This keeps, side by side for all participants, what it takes to tell such a quiet
 * day and to let it pass: the contact clock, the contact rate and isolation, and the first day the
 * person may need more. A quiet day then costs a few reads of these arrays rather than a visit to
 * the person, whose many fields and arrays lie far apart in memory (docs/ODD.md, section 7.13).
 *
 * <p>The person is the truth for everything but the contact clock, which lives only here. The copies
 * are refreshed after each full visit ({@link #settle}); whatever changes a person's ties or
 * estranged relatives between visits makes the next day a full visit ({@link #disturb}).
 */
final class QuietDays implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A day before any day: the person needs a full visit. */
    private static final int VISIT = Integer.MIN_VALUE;

    private final double withdrawal;
    private final boolean used;
    /** Remaining integrated contact rate until each person's next everyday contact. */
    final double[] contactClock;
    /** Each person's total everyday contact rate as of the last full visit; negative when unknown. */
    private final double[] contactRate;
    /** Each person's isolation, copied when it changes ({@link Loneliness}). */
    private final double[] isolation;
    /** The first day on which each person needs a full visit whatever the contact clock says. */
    private final int[] quietUntil;

    /** @param used false to visit every person every day (for tests: the results must not change) */
    QuietDays(int people, double withdrawal, boolean used) {
        this.withdrawal = withdrawal;
        this.used = used;
        contactClock = new double[people];
        contactRate = new double[people];
        isolation = new double[people];
        quietUntil = new int[people];
        Arrays.fill(quietUntil, VISIT);
    }

    /**
     * Whether today is quiet for person {@code i}: then today's expected contacts are taken off
     * the clock, exactly as a full visit would, and nothing else happens to them in the pass.
     */
    boolean passQuietly(int i, int day) {
        double rate = contactRate[i];
        if (day >= quietUntil[i] || rate < 0) return false;
        double expected = rate * (1.0 - withdrawal * isolation[i]);
        if (contactClock[i] <= expected) return false;
        contactClock[i] -= expected;
        return true;
    }

    /**
     * After a full visit: the days until the person's next rare-event candidate are quiet, unless
     * something happens to them every day (work, a hospital stay).
     */
    void settle(Person p) {
        int i = p.id;
        contactRate[i] = p.tieCount == 0 ? -1 : p.contactRate;
        if (!used || p.inHospital || p.employed) {
            quietUntil[i] = VISIT;
            return;
        }
        int until = Math.min(p.nextMeeting, Math.min(p.nextJobChange, p.nextCrisis));
        if (p.estrangedRelatives > 0) until = Math.min(until, p.nextReconnection);
        quietUntil[i] = until;
    }

    /** Person {@code i}'s ties or relatives changed: the next day is a full visit. */
    void disturb(int i) {
        quietUntil[i] = VISIT;
    }

    void disturbAll() {
        Arrays.fill(quietUntil, VISIT);
    }

    void isolationChanged(Person p) {
        isolation[p.id] = p.isolation;
    }
}
