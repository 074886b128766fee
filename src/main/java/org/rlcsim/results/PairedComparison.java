package org.rlcsim.results;

/**
 * One metric of one group compared between two scenarios run with common random numbers: a line
 * of comparison.csv. NaN where a value is not defined (too few pairs, a ratio to a mean of zero,
 * an interval without bounds).
 *
 * @param n                  complete pairs: replications in which both A and B had a value
 * @param aMean              A's mean over the replications where A had a value
 * @param bMean              B's mean over the replications where B had a value
 * @param difference         the mean of B − A over the complete pairs
 * @param differenceLow      lower end of its 95% confidence interval (paired t)
 * @param differenceHigh     upper end
 * @param sdDifference       the sample standard deviation of B − A
 * @param ratio              B's mean over A's mean, over the complete pairs
 * @param ratioLow           lower end of the ratio's 95% confidence interval (Fieller); NaN when unbounded
 * @param ratioHigh          upper end
 * @param effectSize         Cohen's d_z: the mean difference over the standard deviation of the differences
 * @param pValue             two-sided paired t test of "no difference"; 1 when every difference is exactly 0
 * @param replicationsNeeded pairs a paired t test needs to detect a difference of this size with 80%
 *                           power at the 5% level, from the observed spread; null when there is no
 *                           difference or no spread to work from
 */
public record PairedComparison(long n, double aMean, double bMean, double difference, double differenceLow,
                               double differenceHigh, double sdDifference, double ratio, double ratioLow,
                               double ratioHigh, double effectSize, double pValue, Long replicationsNeeded) {

    /** Whether the 95% interval of the difference leaves out zero: the change is not down to chance. */
    public boolean distinguishable() {
        return differenceLow > 0 || differenceHigh < 0;
    }

    /** Every pair was exactly equal: the change made no difference at all to this outcome. */
    public boolean identical() {
        return n > 0 && difference == 0 && sdDifference == 0;
    }
}
