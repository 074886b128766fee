package org.rlcsim.model.params;

/**
 * How people hear of the RLC, try it, come back or drift away.
 *
 * @param outreachRate       chance a day of hearing of the RLC from outreach, flyers, clinicians
 * @param wordOfMouth        chance that a contact with someone who attends makes one aware of the RLC
 * @param tryRate            chance a day that an aware person comes for the first time, at full need
 * @param initialBelonging   sense of community after the first visit
 * @param belongingDecay     daily fading of sense of community
 * @param visitBelonging     gain in sense of community from a satisfying visit
 * @param attendProb         chance of coming to a suitable activity at full sense of community
 * @param leaveThreshold     sense of community below which a person drifts away
 * @param returnRate         chance a day that someone who drifted away comes back, at full flexibility
 * @param exitRate           chance a day of leaving for good (moving, other services)
 * @param minglingEncounters people one talks to in a session without any structured introduction
 * @param tieFormation       chance such an encounter starts a tie in a neutral atmosphere
 * @param groupSizeReference group size at which a group still feels small
 * @param staffTieProb       chance a session starts a tie with its staff facilitator
 * @param turnedAwayBelonging loss of sense of community when turned away at capacity
 * @param sessionContact     social contact a session gives besides the ties met there (a friend's contact is 1)
 */
public record AttendanceRules(double outreachRate, double wordOfMouth, double tryRate, double initialBelonging,
                              double belongingDecay, double visitBelonging, double attendProb,
                              double leaveThreshold, double returnRate, double exitRate,
                              double minglingEncounters, double tieFormation, double groupSizeReference,
                              double staffTieProb, double turnedAwayBelonging, double sessionContact) {}
