package org.rlcsim.model.params;

/**
 * Background social life outside the RLC, the same for everybody.
 *
 * @param meetRate          chance a day of getting to know a new community member, at full sociability
 * @param introductionProb  chance that a contact with a friend brings an introduction to one of the friend's people
 * @param anxietyWeight     how much social anxiety lowers sociability
 * @param identityWeight    how much a capable-person identity raises sociability
 */
public record CommunityRules(double meetRate, double introductionProb, double anxietyWeight, double identityWeight) {}
