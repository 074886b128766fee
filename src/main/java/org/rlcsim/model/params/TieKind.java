package org.rlcsim.model.params;

/**
 * How one type of tie lives.
 *
 * @param contactRate contacts a day at affinity 1 (outside RLC sessions)
 * @param gain        share of the distance to full strength a contact closes
 * @param decay       exponential decay of strength per day without contact
 * @param endRate     chance a day that the tie ends for reasons other than fading: moving away,
 *                    falling out, a job or programme left (about half of a personal network is
 *                    replaced within seven years; Mollenhorst, Volker &amp; Flap 2014)
 */
public record TieKind(double contactRate, double gain, double decay, double endRate) {}
