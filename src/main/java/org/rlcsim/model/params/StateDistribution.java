package org.rlcsim.model.params;

/** A Beta distribution on [0, 1] given by its mean and standard deviation. */
public record StateDistribution(double mean, double sd) {}
