package org.rlcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.rlcsim.results.PairedComparison;

/**
 * The statistics of comparison.csv on paired values whose answers are known. Expected values
 * were computed independently with SciPy 1.17: {@code stats.ttest_rel}, {@code stats.t.ppf}, and
 * Fieller's ends as the ratios r where {@code stats.ttest_1samp(b - r*a, 0)} has p = 0.05.
 */
class PairedStatisticsTest {
    private static final double[] A = {1, 2, 3, 4, 5};
    private static final double[] B = {2, 4, 3, 6, 6};
    private final PairedStatistics statistics = new PairedStatistics();

    @Test
    void knownPairsGiveKnownDifferenceIntervalTestAndEffect() {
        PairedComparison c = statistics.compare(A, B);
        assertEquals(5, c.n());
        assertEquals(3.0, c.aMean(), 1e-12);
        assertEquals(4.2, c.bMean(), 1e-12);
        assertEquals(1.2, c.difference(), 1e-12);
        assertEquals(0.16114936631643229, c.differenceLow(), 1e-9);
        assertEquals(2.2388506336835676, c.differenceHigh(), 1e-9);
        assertEquals(0.8366600265340756, c.sdDifference(), 1e-12);
        assertEquals(0.03267792333680301, c.pValue(), 1e-9);
        assertEquals(1.4342743312012722, c.effectSize(), 1e-9);
        assertEquals(1.4, c.ratio(), 1e-12);
        assertEquals(1.0520455044375465, c.ratioLow(), 1e-7);
        assertEquals(2.3471874818105873, c.ratioHigh(), 1e-7);
        assertTrue(c.distinguishable());
        // with d_z = 1.434, six pairs give 80% power (SciPy's noncentral t: 0.7999 at 6, 0.674 at 5)
        assertEquals(6L, c.replicationsNeeded());
    }

    @Test
    void thePValueIsCommonsMathsPairedTTest() {
        assertEquals(new TTest().pairedTTest(B, A), statistics.compare(A, B).pValue(), 1e-12);
    }

    @Test
    void replicationsNeededForKnownEffectSizes() {
        // SciPy, the same t iteration; the exact noncentral t power at the answer is 0.808, 0.802 and 0.800
        assertEquals(34L, statistics.replicationsNeeded(0.5, 1));
        assertEquals(199L, statistics.replicationsNeeded(-0.2, 1));
        assertEquals(3142L, statistics.replicationsNeeded(0.05, 1));
        assertEquals(6L, statistics.replicationsNeeded(3, 2));
        assertNull(statistics.replicationsNeeded(0, 1), "no difference to detect");
        assertNull(statistics.replicationsNeeded(1, 0), "no spread: nothing to detect it against");
    }

    @Test
    void aScenarioComparedWithItselfDiffersByExactlyNothing() {
        double[] a = {0.3, 0.31, 0.29, 0.35};
        PairedComparison c = statistics.compare(a, a.clone());
        assertEquals(0.0, c.difference());
        assertEquals(0.0, c.differenceLow());
        assertEquals(0.0, c.differenceHigh());
        assertEquals(0.0, c.sdDifference());
        assertEquals(0.0, c.effectSize());
        assertEquals(1.0, c.pValue());
        assertEquals(1.0, c.ratio());
        assertEquals(1.0, c.ratioLow());
        assertEquals(1.0, c.ratioHigh());
        assertNull(c.replicationsNeeded());
        assertTrue(c.identical());
        assertFalse(c.distinguishable());
    }

    @Test
    void aConstantShiftIsCertainAndHasNoTestStatistic() {
        PairedComparison c = statistics.compare(new double[] {10, 12, 14}, new double[] {11, 13, 15});
        assertEquals(1.0, c.difference());
        assertEquals(1.0, c.differenceLow());
        assertEquals(1.0, c.differenceHigh());
        assertEquals(0.0, c.pValue());
        assertTrue(Double.isNaN(c.effectSize()), "infinitely many standard deviations: not defined");
        assertTrue(c.distinguishable());
        assertNull(c.replicationsNeeded());
        assertTrue(c.ratioLow() < c.ratio() && c.ratio() < c.ratioHigh(), "A varies, so the ratio is uncertain");
    }

    @Test
    void undefinedValuesCountForTheirOwnMeanButNotForTheDifference() {
        double nan = Double.NaN;
        PairedComparison c = statistics.compare(new double[] {1, 2, 3, 9}, new double[] {2, 3, nan, nan});
        assertEquals(2, c.n());
        assertEquals(3.75, c.aMean(), 1e-12);
        assertEquals(2.5, c.bMean(), 1e-12);
        assertEquals(1.0, c.difference());
        PairedComparison none = statistics.compare(new double[] {1, 2}, new double[] {nan, nan});
        assertEquals(0, none.n());
        assertEquals(1.5, none.aMean());
        assertTrue(Double.isNaN(none.bMean()) && Double.isNaN(none.difference()) && Double.isNaN(none.pValue()));
        assertNull(none.replicationsNeeded());
    }

    @Test
    void oneReplicationHasADifferenceButNoInterval() {
        PairedComparison c = statistics.compare(new double[] {2}, new double[] {3});
        assertEquals(1.0, c.difference());
        assertEquals(1.5, c.ratio());
        assertTrue(Double.isNaN(c.differenceLow()) && Double.isNaN(c.pValue()) && Double.isNaN(c.effectSize()));
    }

    @Test
    void aRatioToAMeanNotDistinguishableFromZeroHasNoBoundedInterval() {
        PairedComparison c = statistics.compare(new double[] {-1, 1, 0.5, -0.4}, new double[] {0, 2, 1, 1});
        assertTrue(Double.isNaN(c.ratioLow()) && Double.isNaN(c.ratioHigh()));
        PairedComparison zero = statistics.compare(new double[] {0, 0}, new double[] {1, 2});
        assertTrue(Double.isNaN(zero.ratio()));
    }

    @Property(tries = 300)
    void swappingTheScenariosMirrorsTheDifference(@ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = 0, max = 100) Double> a,
                                                  @ForAll @DoubleRange(min = -5, max = 5) double shift,
                                                  @ForAll @DoubleRange(min = 0.5, max = 2) double scale) {
        double[] x = a.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) y[k] = x[k] * scale + shift + (k % 3) * 0.1;
        PairedComparison ab = statistics.compare(x, y), ba = statistics.compare(y, x);
        assertEquals(-ab.difference(), ba.difference(), 1e-9);
        assertEquals(-ab.differenceHigh(), ba.differenceLow(), 1e-9);
        assertEquals(ab.pValue(), ba.pValue(), 1e-9);
        assertTrue(ab.differenceLow() <= ab.difference() && ab.difference() <= ab.differenceHigh());
        if (!Double.isNaN(ab.pValue()) && ab.sdDifference() > 0) {
            // the interval leaves out zero exactly when the test rejects at 5%
            assertEquals(ab.pValue() < 0.05, ab.distinguishable(), "p " + ab.pValue());
        }
        if (!Double.isNaN(ab.ratioLow())) {
            assertTrue(ab.ratioLow() <= ab.ratio() + 1e-9 && ab.ratio() <= ab.ratioHigh() + 1e-9,
                    ab.ratioLow() + " " + ab.ratio() + " " + ab.ratioHigh());
        }
    }

    @Property(tries = 200)
    void identicalValuesAlwaysGiveZeroAndNoNaN(@ForAll @Size(min = 2, max = 40) List<@DoubleRange(min = 0, max = 1e4) Double> a) {
        double[] x = a.stream().mapToDouble(Double::doubleValue).toArray();
        PairedComparison c = statistics.compare(x, x.clone());
        assertEquals(0.0, c.difference());
        assertEquals(0.0, c.differenceLow());
        assertEquals(0.0, c.differenceHigh());
        assertEquals(1.0, c.pValue());
        assertEquals(0.0, c.effectSize());
    }
}
