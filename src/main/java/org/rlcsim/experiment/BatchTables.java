package org.rlcsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;
import org.rlcsim.results.PairedComparison;

/** The columns of a batch's CSV files (docs/outputs.md describes them). */
public final class BatchTables {
    public static final List<String> TIMESERIES = List.of("run", "day", "group", "metric", "value");
    public static final List<String> AGGREGATE =
            List.of("point", "day", "group", "metric", "n", "mean", "sd", "ci_low", "ci_high");

    /** One row per run, activity and planner's metric: the run's weekly averages (TimetableUse). */
    public static final List<String> ACTIVITIES = List.of("run", "point", "replication", "activity", "metric", "value");
    public static final List<String> ACTIVITIES_AGGREGATE =
            List.of("point", "activity", "metric", "n", "mean", "sd", "ci_low", "ci_high");
    /** comparison.csv: each metric and group at the end of the runs, A against B (PairedComparison). */
    public static final List<String> COMPARISON = List.of("metric", "group", "a_mean", "b_mean", "difference",
            "difference_ci_low", "difference_ci_high", "ratio", "ratio_ci_low", "ratio_ci_high", "effect_size", "p_value",
            "n", "sd_difference", "replications_needed");
    /** differences.csv: B − A day by day over the paired replications. */
    public static final List<String> DIFFERENCES = List.of("day", "group", "metric", "n", "mean_difference",
            "sd_difference", "difference_ci_low", "difference_ci_high");

    private BatchTables() {}

    /** run, point, replication, seed, each varied key, then every end-of-run metric as {@code <group>.<metric>}. */
    public static List<String> runs(List<String> varied) {
        List<String> h = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        h.addAll(varied);
        for (Group g : Group.values()) {
            for (Metric m : Metric.values()) h.add(g.key() + "." + m.key());
        }
        return h;
    }

    /** point, then each varied key. */
    public static List<String> points(List<String> varied) {
        List<String> h = new ArrayList<>(List.of("point"));
        h.addAll(varied);
        return h;
    }
}
