package org.rlcsim.experiment;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;
import org.rlcsim.results.Comparison;
import org.rlcsim.results.MetricComparison;

/**
 * The replications of a comparison taken in pairs, replication k of A with replication k of B:
 * their differences summed day by day, and their values on the last day kept pair by pair for
 * the comparison at the end. As for {@link PointAggregate}, one accumulator per day, group and
 * metric, whatever the number of replications.
 */
final class PairedAggregate {
    private static final Group[] GROUPS = Group.values();
    private static final Metric[] METRICS = Metric.values();

    private final int lastDay;
    /** B − A; a value undefined in either run leaves its pair out. */
    private final PointAggregate differences = new PointAggregate(0);
    private final Map<Metric, Map<Group, PairedValues>> atEnd = new EnumMap<>(Metric.class);

    PairedAggregate(int lastDay) {
        this.lastDay = lastDay;
        for (Metric m : METRICS) {
            Map<Group, PairedValues> groups = new EnumMap<>(Group.class);
            for (Group g : GROUPS) groups.put(g, new PairedValues());
            atEnd.put(m, groups);
        }
    }

    /** Adds one pair of runs' values parts (see {@link RunPart}): both observe the same days, groups and metrics. */
    void add(ByteBuffer a, ByteBuffer b) {
        if (a.remaining() != b.remaining()) throw new IllegalStateException("paired runs observed different days");
        while (a.hasRemaining()) {
            int day = a.getInt();
            Group group = GROUPS[a.get()];
            Metric metric = METRICS[a.get()];
            double valueA = a.getDouble();
            if (b.getInt() != day || b.get() != group.ordinal() || b.get() != metric.ordinal()) {
                throw new IllegalStateException("paired runs observed different days");
            }
            double valueB = b.getDouble();
            differences.add(day, group, metric, valueB - valueA);
            if (day == lastDay) atEnd.get(metric).get(group).add(valueA, valueB);
        }
    }

    Comparison comparison(ReplicationStatistics replications, PairedStatistics pairs) {
        List<MetricComparison> rows = new ArrayList<>();
        atEnd.forEach((metric, groups) -> groups.forEach((group, values) ->
                rows.add(new MetricComparison(metric, group, pairs.compare(values)))));
        return new Comparison(rows, differences.rows(replications));
    }
}
