package org.rlcsim.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.inference.TTest;
import org.rlcsim.results.PairedComparison;

/**
 * Compares two scenarios from paired end-of-run values (docs/outputs.md, "Comparisons", gives
 * the formulas and their sources):
 * <ul>
 *   <li>the difference B − A with the paired-t 95% confidence interval, mean(d) ± t(0.975, n − 1)
 *       · sd(d) / √n, and the paired t test's two-sided p-value;</li>
 *   <li>the ratio of the means with Fieller's 95% interval, which takes the correlation that
 *       common random numbers create between A and B into account;</li>
 *   <li>Cohen's d_z, mean(d) / sd(d), the effect size a paired design's power depends on;</li>
 *   <li>the pairs needed to detect a difference of the observed size with 80% power at the 5%
 *       level, the smallest m with √m · |d_z| ≥ t(0.975, m − 1) + t(0.8, m − 1).</li>
 * </ul>
 * Differences that are all exactly zero (a scenario compared with itself) give a difference of
 * 0 with interval [0, 0], ratio 1 with interval [1, 1], effect size 0 and p = 1, never NaN.
 */
public final class PairedStatistics {
    static final double LEVEL = 0.95;
    static final double POWER = 0.8;
    /** Beyond this many pairs t and normal quantiles agree to four digits: the normal answer is given. */
    private static final double NORMAL_FROM = 1e6;
    private static final double NAN = Double.NaN;

    private final StudentT t = new StudentT();
    private final TTest tTest = new TTest();
    private final double zSum;

    public PairedStatistics() {
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        zSum = normal.inverseCumulativeProbability(twoSided()) + normal.inverseCumulativeProbability(POWER);
    }

    /** The comparison of paired arrays: {@code a[k]} and {@code b[k]} are replication k of A and of B. */
    public PairedComparison compare(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("paired values come in pairs");
        PairedValues values = new PairedValues();
        for (int k = 0; k < a.length; k++) values.add(a[k], b[k]);
        return compare(values);
    }

    public PairedComparison compare(PairedValues values) {
        double aMean = mean(values.a()), bMean = mean(values.b());
        StatisticalSummary d = values.differences();
        long n = d.getN();
        if (n == 0) return new PairedComparison(0, aMean, bMean, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, null);
        double difference = d.getMean();
        double ratio = ratio(values.pairedB().getMean(), values.pairedA().getMean());
        if (n == 1) {
            return new PairedComparison(1, aMean, bMean, difference, NAN, NAN, NAN, ratio, NAN, NAN, NAN, NAN, null);
        }
        double sd = d.getStandardDeviation();
        double[] fieller = difference == 0 && sd == 0 ? new double[] {ratio, ratio} : fieller(values, n);
        if (sd == 0) {
            // every pair differs by exactly the same amount: nothing uncertain, and no t statistic
            return new PairedComparison(n, aMean, bMean, difference, difference, difference, 0, ratio, fieller[0],
                    fieller[1], difference == 0 ? 0 : NAN, difference == 0 ? 1 : 0, null);
        }
        double half = t.quantile(twoSided(), n - 1) * sd / Math.sqrt(n);
        return new PairedComparison(n, aMean, bMean, difference, difference - half, difference + half, sd, ratio,
                fieller[0], fieller[1], difference / sd, tTest.tTest(0, d), replicationsNeeded(difference, sd));
    }

    /**
     * Fieller's interval for mB / mA: the values r for which B − r·A has a mean not distinguishable
     * from zero by a paired t test, i.e. (mB − r·mA)² ≤ t² · var(B − r·A) / n. Unbounded (NaN)
     * when A's own mean is not distinguishable from zero.
     */
    private double[] fieller(PairedValues values, long n) {
        double mA = values.pairedA().getMean(), mB = values.pairedB().getMean();
        double vA = values.pairedA().getVariance(), vB = values.pairedB().getVariance();
        double cov = (vA + vB - values.differences().getVariance()) / 2;
        double t2n = Math.pow(t.quantile(twoSided(), n - 1), 2) / n;
        double qa = mA * mA - t2n * vA;
        double qb = mA * mB - t2n * cov;
        double qc = mB * mB - t2n * vB;
        if (qa <= 0) return new double[] {NAN, NAN};
        // the estimate itself always satisfies the inequality, so the discriminant is not negative but for rounding
        double root = Math.sqrt(Math.max(0, qb * qb - qa * qc));
        return new double[] {(qb - root) / qa, (qb + root) / qa};
    }

    /** The smallest number of pairs with √m · |d_z| ≥ t(0.975, m − 1) + t(0.8, m − 1), at least 2. */
    Long replicationsNeeded(double difference, double sd) {
        if (difference == 0 || !(sd > 0) || Double.isNaN(difference)) return null;
        double dz = Math.abs(difference) / sd;
        double normal = Math.ceil(Math.pow(zSum / dz, 2));
        if (normal >= NORMAL_FROM) return (long) normal;
        // t quantiles exceed normal ones, so the answer is at least the normal approximation's
        for (long m = Math.max(2, (long) normal); ; m++) {
            if (Math.sqrt(m) * dz >= t.quantile(twoSided(), m - 1) + t.quantile(POWER, m - 1)) return m;
        }
    }

    private static double twoSided() {
        return 1 - (1 - LEVEL) / 2;
    }

    private static double mean(StatisticalSummary s) {
        return s.getN() == 0 ? NAN : s.getMean();
    }

    private static double ratio(double b, double a) {
        return a == 0 ? NAN : b / a;
    }
}
