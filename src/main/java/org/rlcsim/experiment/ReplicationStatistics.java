package org.rlcsim.experiment;

import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;
import org.rlcsim.results.AggregateRow;

/**
 * The line of aggregate.csv for one metric over the replications of a point: the mean, the
 * sample standard deviation and the 95% confidence interval of the mean, mean ± t(0.975, n − 1)
 * · sd / √n. With one value the sd and interval are undefined (NaN), with none the mean too.
 */
public final class ReplicationStatistics {
    private static final double LEVEL = 0.95;
    private final StudentT t = new StudentT();

    public AggregateRow row(int point, int day, Group group, Metric metric, StatisticalSummary values) {
        long n = values.getN();
        double nan = Double.NaN;
        if (n == 0) return new AggregateRow(point, day, group, metric, 0, nan, nan, nan, nan);
        double mean = values.getMean();
        if (n == 1) return new AggregateRow(point, day, group, metric, 1, mean, nan, nan, nan);
        double sd = values.getStandardDeviation();
        double half = halfWidth(values);
        return new AggregateRow(point, day, group, metric, n, mean, sd, mean - half, mean + half);
    }

    /** Half the width of the 95% confidence interval of the mean, t(0.975, n − 1) · sd / √n; NaN below two values. */
    public double halfWidth(StatisticalSummary values) {
        long n = values.getN();
        if (n < 2) return Double.NaN;
        return t.quantile(1 - (1 - LEVEL) / 2, n - 1) * values.getStandardDeviation() / Math.sqrt(n);
    }
}
