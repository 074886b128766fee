package org.rlcsim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rlcsim.results.AggregateRow;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;

/**
 * The aggregate rows indexed by point, group and metric, each series in day order: a batch's
 * means, or a comparison's differences B − A (which, unlike the metrics, can be negative).
 */
final class Aggregates {
    private final boolean differences;
    private final Map<Integer, Map<Group, Map<Metric, List<AggregateRow>>>> byPoint = new TreeMap<>();
    private final Map<Integer, Integer> lastDay = new TreeMap<>();
    private final Map<Integer, Long> runs = new TreeMap<>();

    Aggregates(List<AggregateRow> rows) {
        this(rows, false);
    }

    /** Rows of differences between two scenarios, as differences.csv holds them. */
    static Aggregates differences(List<AggregateRow> rows) {
        return new Aggregates(rows, true);
    }

    private Aggregates(List<AggregateRow> rows, boolean differences) {
        this.differences = differences;
        for (AggregateRow r : rows) {
            byPoint.computeIfAbsent(r.point(), p -> new EnumMap<>(Group.class))
                    .computeIfAbsent(r.group(), g -> new EnumMap<>(Metric.class))
                    .computeIfAbsent(r.metric(), m -> new ArrayList<>())
                    .add(r);
            lastDay.merge(r.point(), r.day(), Math::max);
            runs.merge(r.point(), r.n(), Math::max);
        }
        for (Map<Group, Map<Metric, List<AggregateRow>>> groups : byPoint.values()) {
            for (Map<Metric, List<AggregateRow>> metrics : groups.values()) {
                for (List<AggregateRow> series : metrics.values()) series.sort(Comparator.comparingInt(AggregateRow::day));
            }
        }
    }

    boolean has(int point) { return byPoint.containsKey(point); }

    /** One metric of one group of one point, in day order; empty when there are no rows. */
    List<AggregateRow> series(int point, Group group, Metric metric) {
        return byPoint.getOrDefault(point, Map.of()).getOrDefault(group, Map.of()).getOrDefault(metric, List.of());
    }

    /** The point's value on its last observed day, if that day has one with a mean. */
    Optional<Estimate> last(int point, Group group, Metric metric) {
        List<AggregateRow> s = series(point, group, metric);
        if (s.isEmpty()) return Optional.empty();
        AggregateRow r = s.get(s.size() - 1);
        if (r.day() != lastDay(point) || Double.isNaN(r.mean())) return Optional.empty();
        return Optional.of(estimate(r));
    }

    /** A row's mean and interval, the interval cut at zero unless the rows are differences. */
    Estimate estimate(AggregateRow r) {
        return differences ? Estimate.difference(r) : Estimate.of(r);
    }

    boolean ofDifferences() { return differences; }

    /** The last observed day of a point; -1 for a point with no rows. */
    int lastDay(int point) { return lastDay.getOrDefault(point, -1); }

    /** The last observed day of any point; -1 when there are no rows. */
    int lastDay() { return lastDay.values().stream().max(Integer::compare).orElse(-1); }

    /** Runs behind a point's means (the largest n of its rows: empty cells lower n on some rows). */
    long runs(int point) { return runs.getOrDefault(point, 0L); }

    List<Long> runsPerPoint() { return List.copyOf(runs.values()); }
}
