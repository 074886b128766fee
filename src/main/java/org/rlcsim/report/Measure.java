package org.rlcsim.report;

import java.util.List;
import org.rlcsim.observe.Metric;

/**
 * A metric as a program planner reads it: a plain name, the unit its numbers are shown in, and
 * how many decimals they deserve. Shares are shown as percentages ({@code scale} 100).
 */
record Measure(Metric metric, String label, String unit, double scale, int decimals) {
    static final Measure PEOPLE = new Measure(Metric.PEOPLE, "People in the group", "people", 1, 0);
    static final Measure NETWORK_SIZE = new Measure(Metric.NETWORK_SIZE, "People in the network", "people", 1, 1);
    static final Measure FAMILY = new Measure(Metric.FAMILY_TIES, "Family", "people", 1, 1);
    static final Measure RLC = new Measure(Metric.RLC_TIES, "RLC peers and staff", "people", 1, 1);
    static final Measure OUTSIDE = new Measure(Metric.OUTSIDE_TIES, "Outside friends and community", "people", 1, 1);
    // coworkers are reported only as a share of the network, not as a count
    static final Measure COWORKERS = new Measure(Metric.COWORKER_SHARE, "Coworkers", "% of the network", 100, 1);
    static final Measure FRIENDS = new Measure(Metric.FRIENDS, "Friends", "people", 1, 1);
    static final Measure LONELY = new Measure(Metric.LONELY_SHARE, "People who are lonely", "% of people", 100, 1);
    static final Measure EMPLOYED = new Measure(Metric.EMPLOYED_SHARE, "People in paid work", "% of people", 100, 1);
    static final Measure ADMISSIONS = new Measure(Metric.ADMISSIONS_PER_PERSON_YEAR, "Psychiatric admissions",
            "per person-year", 1, 2);
    static final Measure BED_DAYS = new Measure(Metric.BED_DAYS_PER_PERSON_YEAR, "Days in hospital",
            "per person-year", 1, 1);
    static final Measure ER_VISITS = new Measure(Metric.ER_VISITS_PER_PERSON_YEAR, "Emergency department visits",
            "per person-year", 1, 2);
    static final Measure ISOLATION = new Measure(Metric.ISOLATION, "Loneliness (higher is lonelier)", "score, 0 to 1", 1, 2);
    static final Measure SELF_ESTEEM = new Measure(Metric.SELF_ESTEEM, "Self-esteem", "score, 0 to 1", 1, 2);
    static final Measure COPING = new Measure(Metric.COPING, "Coping", "score, 0 to 1", 1, 2);
    static final Measure IDENTITY = new Measure(Metric.IDENTITY,
            "Identity: 0 sees self as a mental patient, 1 as a capable person", "score, 0 to 1", 1, 2);

    /**
     * The outcomes a comparison of two scenarios reports: network size and make-up, friends,
     * loneliness, self-esteem, coping, work and hospital use.
     */
    static final List<Measure> COMPARED = List.of(NETWORK_SIZE, FAMILY, RLC, OUTSIDE, FRIENDS, LONELY, SELF_ESTEEM,
            COPING, EMPLOYED, ADMISSIONS, BED_DAYS, ER_VISITS);

    /** The outcomes a planner looks at first: the sweep charts and the table of the last day. */
    static final List<Measure> HEADLINE = List.of(NETWORK_SIZE, FRIENDS, LONELY, EMPLOYED,
            ADMISSIONS, ER_VISITS, BED_DAYS);
}
