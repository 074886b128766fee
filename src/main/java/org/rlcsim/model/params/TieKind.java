package org.rlcsim.model.params;

/**
 * How one type of tie lives.
 *
 * @param contactRate contacts a day at affinity 1 (outside RLC sessions)
 * @param gain        share of the distance to full strength a contact closes
 * @param decay       exponential decay of strength per day without contact
 */
public record TieKind(double contactRate, double gain, double decay) {}
