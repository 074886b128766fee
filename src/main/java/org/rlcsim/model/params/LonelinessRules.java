package org.rlcsim.model.params;

/**
 * Loneliness grows while alone and shrinks while socialising (Fontanari 2021).
 *
 * @param rise            daily rise towards 1 on a day without meaningful contact
 * @param relief          daily fall towards 0 per unit of contact
 * @param lonelyThreshold isolation from which a person counts as lonely (UCLA-3 of 6 or more)
 * @param familyWeight    weight of a family contact relative to a friend's (Cacioppo et al. 2009)
 * @param acquaintanceWeight weight of a contact with a tie that is not (yet) a friend
 */
public record LonelinessRules(double rise, double relief, double lonelyThreshold,
                              double familyWeight, double acquaintanceWeight) {}
