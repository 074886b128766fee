package org.rlcsim.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rlcsim.Runs;
import org.rlcsim.experiment.SingleRun;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;
import org.rlcsim.observe.Observation;

/**
 * Without an RLC the community is settled when observation starts: networks, friends and
 * loneliness stay where they are, so what changes for attenders is the RLC's doing, not drift.
 */
class StationarityTest {

    @Test
    void communityWithoutRlcDoesNotDrift() {
        Map<Metric, double[]> firstAndLast = new EnumMap<>(Metric.class);
        Observation observation = new Observation(7, row -> {
            if (row.group() != Group.ALL) return;
            double[] v = firstAndLast.computeIfAbsent(row.metric(), m -> new double[] {Double.NaN, Double.NaN});
            if (Double.isNaN(v[0])) v[0] = row.value();
            v[1] = row.value();
        });
        SingleRun.run(Runs.params("rlc.enabled=false", "seed=5"), observation);
        assertAll(
                () -> within(firstAndLast, Metric.NETWORK_SIZE, 0.08),
                () -> within(firstAndLast, Metric.FRIENDS, 0.15),
                () -> within(firstAndLast, Metric.FAMILY_SHARE, 0.08),
                () -> within(firstAndLast, Metric.EMPLOYED_SHARE, 0.25),
                () -> {
                    double[] v = firstAndLast.get(Metric.LONELY_SHARE);
                    assertTrue(Math.abs(v[1] - v[0]) < 0.07, "lonely share " + v[0] + " -> " + v[1]);
                });
    }

    private static void within(Map<Metric, double[]> values, Metric m, double relative) {
        double[] v = values.get(m);
        assertTrue(Math.abs(v[1] - v[0]) <= relative * v[0], m.key() + " " + v[0] + " -> " + v[1]);
    }
}
