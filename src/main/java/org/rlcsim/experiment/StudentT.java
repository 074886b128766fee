package org.rlcsim.experiment;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/** Quantiles of Student's t, kept once computed: a batch asks for the same few thousands of times. */
final class StudentT {
    private record Key(double probability, long degreesOfFreedom) {}

    private final Map<Key, Double> quantiles = new HashMap<>();

    double quantile(double probability, long degreesOfFreedom) {
        // no random generator: the distribution is only asked for a quantile, never sampled
        return quantiles.computeIfAbsent(new Key(probability, degreesOfFreedom),
                k -> new TDistribution(null, k.degreesOfFreedom()).inverseCumulativeProbability(k.probability()));
    }
}
