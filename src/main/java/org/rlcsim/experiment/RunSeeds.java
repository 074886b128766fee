package org.rlcsim.experiment;

/**
 * The seed of each run of a batch. Run {@code r = point * replications + replication} gets
 * {@code mix((experimentSeed + r) mod 2^31)}, where {@code mix} is a bijection of the
 * non-negative 31-bit integers. So a run's seed depends only on the experiment seed, its point
 * and its replication (not on threads or finishing order), and no two runs of one experiment
 * share a seed (up to 2^31 runs).
 *
 * <p>31 bits because MASON's {@code MersenneTwisterFast(long)} keeps only the low 32 bits of a
 * seed: seeds that differ only above them would give identical runs. Mixing (odd multipliers
 * and xor-shifts, each invertible modulo 2^31) keeps neighbouring runs' seeds far apart in every
 * bit. As with NetLogo's {@code seed + run number} idiom, experiment seeds s and s + k share
 * seeds shifted by k runs: give independent experiments seeds more than their run count apart.
 */
public final class RunSeeds {
    private static final int MASK = 0x7fff_ffff;

    private RunSeeds() {}

    public static long of(long experimentSeed, long run) {
        return mix((int) ((experimentSeed + run) & MASK));
    }

    /** A bijection of 0 .. 2^31 - 1. */
    static int mix(int x) {
        x ^= x >>> 16;
        x = (x * 0x7feb_352d) & MASK;
        x ^= x >>> 15;
        x = (x * 0x846c_a68b) & MASK;
        x ^= x >>> 16;
        return x;
    }
}
