package org.rlcsim.experiment;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;
import org.rlcsim.results.AggregateRow;

/**
 * The replications of one design point, summed metric by metric and day by day. Only one
 * accumulator per (day, group, metric) is kept, whatever the number of replications; values are
 * added in run order, so sums are the same however the runs were scheduled. Undefined values
 * (NaN: a metric nobody in the group had) are left out and so lower n.
 */
final class PointAggregate {
    private static final Group[] GROUPS = Group.values();
    private static final Metric[] METRICS = Metric.values();

    private record Cell(int day, Group group, Metric metric, SummaryStatistics values) {}

    private final int point;
    /** In the order first met: the order of the time series (day, then group, then metric). */
    private final Map<Long, Cell> cells = new LinkedHashMap<>();

    PointAggregate(int point) {
        this.point = point;
    }

    /** Adds one run's values part (see {@link RunPart}). */
    void add(ByteBuffer values) {
        while (values.hasRemaining()) {
            int day = values.getInt();
            Group group = GROUPS[values.get()];
            Metric metric = METRICS[values.get()];
            add(day, group, metric, values.getDouble());
        }
    }

    void add(int day, Group group, Metric metric, double value) {
        long key = ((long) day << 16) | (group.ordinal() << 8) | metric.ordinal();
        Cell cell = cells.computeIfAbsent(key, k -> new Cell(day, group, metric, new SummaryStatistics()));
        if (!Double.isNaN(value)) cell.values().addValue(value);
    }

    List<AggregateRow> rows(ReplicationStatistics statistics) {
        List<AggregateRow> rows = new ArrayList<>(cells.size());
        for (Cell c : cells.values()) rows.add(statistics.row(point, c.day(), c.group(), c.metric(), c.values()));
        return rows;
    }
}
