package org.rlcsim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * Random draws from the model's one generator, so a seed fixes a run. Fixed-shape distributions
 * come from Commons Math through {@link MasonRandom}; the Poisson draw is inlined because its mean
 * differs for every person and day, and Commons Math needs one distribution object per mean.
 */
public final class Draw {
    private Draw() {}

    /** Poisson by inversion; exact, and cheap for the small means the model uses. */
    public static int poisson(MersenneTwisterFast random, double mean) {
        if (mean <= 0) return 0;
        if (mean > 30) return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        double p = Math.exp(-mean);
        double cumulative = p;
        double u = random.nextDouble();
        int k = 0;
        while (u > cumulative && k < 200) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    /** A log-normal multiplier with mean 1 and log-scale spread {@code sigma}. */
    public static double meanOneLogNormal(MersenneTwisterFast random, double sigma) {
        return Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2.0);
    }

    /**
     * Beta draws given mean and standard deviation (sd 0 always gives the mean), from one
     * distribution made once: a population draws thousands of starting states from each.
     */
    public static java.util.function.DoubleSupplier beta(MersenneTwisterFast random, double mean, double sd) {
        if (sd <= 0) return () -> mean;
        double common = mean * (1 - mean) / (sd * sd) - 1;
        BetaDistribution beta = new BetaDistribution(new MasonRandom(random), mean * common, (1 - mean) * common);
        return beta::sample;
    }

    /** Fisher-Yates shuffle of the first {@code n} entries. */
    public static <T> void shuffle(MersenneTwisterFast random, T[] items, int n) {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = items[i];
            items[i] = items[j];
            items[j] = tmp;
        }
    }

    /** Commons Math view of MASON's generator. */
    static final class MasonRandom extends AbstractRandomGenerator {
        private final MersenneTwisterFast random;

        MasonRandom(MersenneTwisterFast random) {
            this.random = random;
        }

        @Override
        public void setSeed(long seed) {
            random.setSeed(seed);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }
    }
}
