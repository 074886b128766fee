package org.rlcsim.results;

import java.util.List;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;

/**
 * What the paired runs of a comparison give, beside each scenario's own aggregate.
 *
 * @param atEnd       every metric of every group at the end, compared (comparison.csv), metric by metric
 * @param differences B − A day by day: mean, sd and 95% interval of the paired differences
 *                    (differences.csv), in the order of the time series
 */
public record Comparison(List<MetricComparison> atEnd, List<AggregateRow> differences) {
    public Comparison {
        atEnd = List.copyOf(atEnd);
        differences = List.copyOf(differences);
    }

    /** One metric of one group at the end. */
    public PairedComparison of(Metric metric, Group group) {
        for (MetricComparison m : atEnd) if (m.metric() == metric && m.group() == group) return m.values();
        throw new IllegalArgumentException("no comparison of " + metric.key() + " for " + group.key());
    }
}
