package org.rlcsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rlcsim.results.AggregateRow;
import org.rlcsim.results.DesignPoint;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;

/**
 * Aggregate rows with known means, for report tests and for trying the report out. On a point's
 * last day a metric's mean is exactly {@link #lastMean}; earlier days drift by 0.001 a day so lines
 * are not flat. The 95% interval is the mean plus or minus a tenth of that last-day mean.
 */
final class SyntheticBatch {
    static final long RUNS = 10;

    private SyntheticBatch() {}

    /** The mean on the last day: a round base per metric, 1.2 times higher for attenders, 10% more per point. */
    static double lastMean(int point, Group g, Metric m) {
        return base(m) * (g == Group.ATTENDERS ? 1.2 : 1.0) * (1 + 0.1 * point);
    }

    static double halfWidth(int point, Group g, Metric m) {
        return 0.1 * lastMean(point, g, m);
    }

    private static double base(Metric m) {
        return switch (m) {
            case NETWORK_SIZE -> 10;
            case FRIENDS -> 2;
            case LONELY_SHARE -> 0.3;
            case EMPLOYED_SHARE -> 0.1;
            case ADMISSIONS_PER_PERSON_YEAR -> 0.5;
            case ER_VISITS_PER_PERSON_YEAR -> 2;
            case BED_DAYS_PER_PERSON_YEAR -> 8;
            case PEOPLE -> 500;
            case COWORKER_SHARE, FAMILY_SHARE, RLC_PEER_SHARE, OUTSIDE_SHARE -> 0.2;
            default -> 0.4 + 0.01 * m.ordinal();
        };
    }

    /** Rows for every metric of the given groups, on days 0, every, 2 every, ..., lastDay. */
    static List<AggregateRow> rows(int points, List<Group> groups, int lastDay, int every) {
        List<AggregateRow> rows = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            for (int day = 0; day <= lastDay; day = day == lastDay ? lastDay + 1 : Math.min(day + every, lastDay)) {
                for (Group g : groups) {
                    for (Metric m : Metric.values()) {
                        double mean = lastMean(p, g, m) + (lastDay - day) * 0.001;
                        double h = halfWidth(p, g, m);
                        rows.add(new AggregateRow(p, day, g, m, RUNS, mean, h, mean - h, mean + h));
                    }
                }
            }
        }
        return rows;
    }

    /** One design point, nothing varied: 50 daily observations of attenders and non-attenders. */
    static BatchReportInput onePoint(String yaml) {
        return new BatchReportInput("Baseline, ten runs", "./rlcsim batch exp.yaml --out results/exp", yaml,
                List.of(), List.of(new DesignPoint(0, Map.of())),
                rows(1, List.of(Group.ATTENDERS, Group.NON_ATTENDERS), 49, 1));
    }

    static final String OPENNESS = "rlc.atmosphere.openness";
    static final String LEADERSHIP = "mechanisms.leadership";

    /** A 2 x 2 factorial: openness 0.2 or 0.8, leadership on or off; points 0 to 3. */
    static BatchReportInput sweep() {
        List<DesignPoint> points = List.of(
                new DesignPoint(0, Map.of(OPENNESS, 0.2, LEADERSHIP, "on")),
                new DesignPoint(1, Map.of(OPENNESS, 0.2, LEADERSHIP, "off")),
                new DesignPoint(2, Map.of(OPENNESS, 0.8, LEADERSHIP, "on")),
                new DesignPoint(3, Map.of(OPENNESS, 0.8, LEADERSHIP, "off")));
        return new BatchReportInput("Atmosphere and leaders", "./rlcsim batch sweep.yaml --out results/sweep",
                "scenario: scenarios/baseline.yaml\nvary:\n  " + OPENNESS + ": [0.2, 0.8]\n  " + LEADERSHIP
                        + ": [on, off]\n", List.of(OPENNESS, LEADERSHIP), points,
                rows(4, List.of(Group.values()), 49, 1));
    }

    /** The size of the baseline's aggregate: 157 weekly days, 3 groups, every metric. */
    static BatchReportInput baselineSized() {
        return new BatchReportInput("Baseline replications", "./rlcsim batch baseline-replications.yaml",
                "scenario: scenarios/baseline.yaml\n", List.of(), List.of(new DesignPoint(0, Map.of())),
                rows(1, List.of(Group.values()), 1094, 7));
    }
}
