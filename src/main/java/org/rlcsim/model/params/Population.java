package org.rlcsim.model.params;

/**
 * @param participants          people with SMI living in the RLC's catchment area
 * @param familyMean            mean number of living relatives a participant could be in touch with
 * @param familyEstrangedShare  share of those relatives out of touch at the start
 * @param communityPerParticipant community members (non-consumers) in the pool, per participant
 * @param circleSize            size of a community member's own circle of acquaintances
 * @param initialAcquaintances  community members a participant knows at the start (mean); the burn-in settles them
 */
public record Population(int participants, double familyMean, double familyEstrangedShare,
                         double communityPerParticipant, int circleSize, double initialAcquaintances) {}
