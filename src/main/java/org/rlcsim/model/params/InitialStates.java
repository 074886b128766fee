package org.rlcsim.model.params;

/** How participants' intrapersonal states are drawn at the start (each on a 0 to 1 scale). */
public record InitialStates(StateDistribution isolation, StateDistribution selfEsteem,
                            StateDistribution identity, StateDistribution responsibility,
                            StateDistribution coping, StateDistribution socialAnxiety,
                            double employedShare) {}
