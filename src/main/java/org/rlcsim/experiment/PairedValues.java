package org.rlcsim.experiment;

import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The end-of-run values of one metric and group in a comparison, replication k of A beside
 * replication k of B, summed as they come so memory does not grow with the replications. An
 * undefined value (NaN: nobody in the group) counts towards its own scenario's mean only; the
 * difference, its spread and the ratio use the complete pairs.
 */
public final class PairedValues {
    private final SummaryStatistics a = new SummaryStatistics();
    private final SummaryStatistics b = new SummaryStatistics();
    private final SummaryStatistics pairedA = new SummaryStatistics();
    private final SummaryStatistics pairedB = new SummaryStatistics();
    private final SummaryStatistics differences = new SummaryStatistics();

    /** Adds one pair: replication k of A and replication k of B. */
    public void add(double valueA, double valueB) {
        if (!Double.isNaN(valueA)) a.addValue(valueA);
        if (!Double.isNaN(valueB)) b.addValue(valueB);
        if (Double.isNaN(valueA) || Double.isNaN(valueB)) return;
        pairedA.addValue(valueA);
        pairedB.addValue(valueB);
        differences.addValue(valueB - valueA);
    }

    /** A's values, every replication where defined. */
    StatisticalSummary a() { return a; }

    StatisticalSummary b() { return b; }

    /** A's values in complete pairs. */
    StatisticalSummary pairedA() { return pairedA; }

    StatisticalSummary pairedB() { return pairedB; }

    /** B − A in each complete pair. */
    StatisticalSummary differences() { return differences; }
}
