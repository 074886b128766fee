package org.rlcsim.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rlcsim.observe.Group.ALL;
import static org.rlcsim.observe.Group.ATTENDERS;
import static org.rlcsim.observe.Group.NON_ATTENDERS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.rlcsim.Runs;
import org.rlcsim.Runs.Result;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;
import org.rlcsim.observe.PersonRecord;

/**
 * The baseline, with every parameter at its default, reproduces patterns P1 to P10 of
 * shared/evidence/patterns.md at once (mean of three seeds, the default community of 1,000).
 */
class CalibrationTest {
    private static final List<Result> RUNS = Runs.seeds(3);

    private static Executable within(String pattern, Group g, Metric m, double lo, double hi) {
        double v = Runs.mean(RUNS, g, m);
        return () -> assertTrue(v >= lo && v <= hi,
                pattern + " " + g.key() + " " + m.key() + " = " + v + ", outside [" + lo + ", " + hi + "]");
    }

    @Test
    void baselineMeetsPatternsP1toP9() {
        assertAll(
                within("P1", NON_ATTENDERS, Metric.NETWORK_SIZE, 8, 15),
                within("P2", NON_ATTENDERS, Metric.FAMILY_SHARE, 0.35, 0.55),
                within("P3", NON_ATTENDERS, Metric.FRIENDS, 2, 5),
                within("P4", NON_ATTENDERS, Metric.EMPLOYED_SHARE, 0.10, 0.20),
                within("P5", NON_ATTENDERS, Metric.ADMISSIONS_PER_PERSON_YEAR, 0.15, 0.35),
                within("P6", ALL, Metric.READMISSION_30D_RATE, 0.12, 0.30),
                within("P7", NON_ATTENDERS, Metric.ER_VISITS_PER_PERSON_YEAR, 1.5, 6),
                within("P8", NON_ATTENDERS, Metric.LONELY_SHARE, 0.25, 0.55),
                within("P9", ATTENDERS, Metric.VISITS_PER_WEEK, 1, 4));
    }

    @Test
    void tenureSpreadsFromMonthsToYearsP10() {
        List<Integer> tenure = new ArrayList<>();
        for (Result r : RUNS) {
            for (PersonRecord p : r.people()) {
                if (p.attended()) tenure.add(p.lastVisitDay() - p.firstVisitDay());
            }
        }
        Collections.sort(tenure);
        int q10 = tenure.get(tenure.size() / 10);
        int q90 = tenure.get(tenure.size() * 9 / 10);
        assertAll(
                () -> assertTrue(q10 < 180, "a tenth stay less than 6 months: q10 = " + q10 + " days"),
                () -> assertTrue(q90 > 730, "a tenth stay more than 2 years: q90 = " + q90 + " days"),
                within("P10", ATTENDERS, Metric.EARLY_LEAVER_SHARE, 0.01, 0.5),
                within("P10", ATTENDERS, Metric.WHOLE_RUN_SHARE, 0.02, 0.8));
    }
}
