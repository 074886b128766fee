package org.rlcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;
import org.rlcsim.results.AggregateRow;

/** aggregate.csv's statistics on values whose answers are known. */
class ReplicationStatisticsTest {
    private static final double EPS = 1e-9;

    @Test
    void meanSdAndStudentInterval() {
        AggregateRow r = row(1, 2, 3, 4, 5);
        assertEquals(5, r.n());
        assertEquals(3.0, r.mean(), EPS);
        assertEquals(Math.sqrt(2.5), r.sd(), EPS);
        // t(0.975, 4) = 2.7764451; half width = t * sd / sqrt(5)
        double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3 - half, r.ciLow(), 1e-9);
        assertEquals(3 + half, r.ciHigh(), 1e-9);
        assertEquals(1.0367568385224325, r.ciLow(), 1e-9);
    }

    @Test
    void twoValuesUseOneDegreeOfFreedom() {
        AggregateRow r = row(10, 12);
        // t(0.975, 1) = 12.7062047; sd = sqrt(2)
        assertEquals(11 - 12.706204736174698 * Math.sqrt(2) / Math.sqrt(2), r.ciLow(), 1e-9);
    }

    @Test
    void equalValuesHaveNoSpread() {
        AggregateRow r = row(0.5, 0.5, 0.5);
        assertEquals(0.0, r.sd());
        assertEquals(0.5, r.ciLow());
        assertEquals(0.5, r.ciHigh());
    }

    @Test
    void oneValueHasNoSpreadAndNoneHasNoMean() {
        AggregateRow one = row(7);
        assertEquals(7.0, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()) && Double.isNaN(one.ciHigh()));
        AggregateRow none = row();
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
    }

    @Test
    void undefinedValuesAreLeftOutOfTheCount() {
        PointAggregate p = new PointAggregate(4);
        ByteBuffer b = ByteBuffer.allocate(4 * RunPart.VALUE_BYTES);
        for (double v : new double[] {2, Double.NaN, 4}) {
            b.putInt(7).put((byte) Group.ATTENDERS.ordinal()).put((byte) Metric.TENURE_DAYS.ordinal()).putDouble(v);
        }
        b.putInt(14).put((byte) Group.ATTENDERS.ordinal()).put((byte) Metric.TENURE_DAYS.ordinal()).putDouble(1);
        p.add(b.flip());
        List<AggregateRow> rows = p.rows(new ReplicationStatistics());
        assertEquals(2, rows.size(), "one line per day, group and metric");
        assertEquals(new AggregateRow(4, 7, Group.ATTENDERS, Metric.TENURE_DAYS, 2, 3.0, Math.sqrt(2),
                rows.get(0).ciLow(), rows.get(0).ciHigh()), rows.get(0));
        assertEquals(14, rows.get(1).day());
    }

    private static AggregateRow row(double... values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) s.addValue(v);
        return new ReplicationStatistics().row(0, 0, Group.ALL, Metric.ISOLATION, s);
    }
}
