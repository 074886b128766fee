package org.rlcsim.experiment;

import ec.util.MersenneTwisterFast;

/**
 * A Latin hypercube sample of the unit cube: each dimension is cut into n equal strata and
 * every stratum holds exactly one of the n points; which stratum of one dimension goes with
 * which of another is an independent random permutation per dimension, and the point lies
 * uniformly within its stratum. Drawn from the given generator in a fixed order (per dimension:
 * the permutation, then the n offsets), so the same seed gives the same design.
 */
public final class LatinHypercube {
    private LatinHypercube() {}

    /** @return {@code n} points, each {@code dimensions} coordinates in [0, 1) */
    public static double[][] sample(int n, int dimensions, MersenneTwisterFast random) {
        double[][] points = new double[n][dimensions];
        for (int d = 0; d < dimensions; d++) {
            int[] strata = permutation(n, random);
            for (int i = 0; i < n; i++) points[i][d] = within(strata[i], n, random.nextDouble());
        }
        return points;
    }

    /** The stratum a coordinate falls in: floor(u * n). */
    public static int stratum(double u, int n) {
        return (int) Math.floor(u * n);
    }

    /** (k + offset) / n, nudged where rounding would carry it into the next stratum. */
    private static double within(int k, int n, double offset) {
        double u = (k + offset) / n;
        while (stratum(u, n) > k) u = Math.nextDown(u);
        while (stratum(u, n) < k) u = Math.nextUp(u);
        return u;
    }

    private static int[] permutation(int n, MersenneTwisterFast random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
