package org.rlcsim.model.params;

/** The RLC's atmosphere, each level from 0 to 1. */
public record Atmosphere(double judgmentFree, double flexibility, double openness) {}
