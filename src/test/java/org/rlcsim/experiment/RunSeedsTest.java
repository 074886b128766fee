package org.rlcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Seeds of runs: a function of experiment seed and run only, never shared within an experiment. */
class RunSeedsTest {

    @Test
    void mixIsABijectionOnAWindowOfTwoMillionNumbers() {
        int n = 1 << 21;
        int[] out = new int[n];
        int start = 0x7fff_ffff - n / 2; // across the wrap-around at 2^31
        for (int i = 0; i < n; i++) out[i] = RunSeeds.mix((start + i) & 0x7fff_ffff);
        Arrays.sort(out);
        for (int i = 1; i < n; i++) assertNotEquals(out[i - 1], out[i], "two inputs share a seed");
        assertTrue(out[0] >= 0, "seeds are non-negative 31-bit numbers");
    }

    @Property(tries = 200)
    void runsOfOneExperimentNeverShareASeed(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed,
                                            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int a,
                                            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int b) {
        long sa = RunSeeds.of(seed, a), sb = RunSeeds.of(seed, b);
        assertTrue(sa >= 0 && sa < (1L << 31), "fits the 31 bits MASON's generator keeps");
        if (a != b) assertNotEquals(sa, sb);
        else assertEquals(sa, sb);
    }

    @Test
    void neighbouringRunsGetSeedsFarApart() {
        long a = RunSeeds.of(1, 0), b = RunSeeds.of(1, 1);
        assertTrue(Long.bitCount(a ^ b) > 4, a + " and " + b);
    }

    @Test
    void aRunsSeedIsItsPointsAndReplicationsOnly() {
        // run numbering is point * replications + replication, whatever runs first
        assertEquals(RunSeeds.of(42, 2 * 5 + 3), RunSeeds.of(42, 13));
        assertNotEquals(RunSeeds.of(42, 13), RunSeeds.of(43, 13));
    }
}
