package org.rlcsim.model.params;

/**
 * Crises, emergency visits and admissions.
 *
 * @param crisisRate         crises (emergency department visits) a day at average state
 * @param frailtySd          spread (log-normal sigma) of a person's lasting crisis risk
 * @param copingWeight       log-hazard per unit of coping below 0.5
 * @param isolationWeight    log-hazard per unit of isolation above 0.5
 * @param supportWeight      log-hazard reduction at full support from ties
 * @param supportTies        ties giving full support
 * @param admitProb          share of crises that end in an admission
 * @param stayMedianDays     median length of stay
 * @param staySpread         log-normal sigma of length of stay
 * @param postDischargeRisk  extra relative risk right after discharge
 * @param postDischargeDays  days over which that extra risk falls by a factor e
 * @param identityLoss       share of identity lost on admission (back to "mental patient")
 */
public record HospitalRules(double crisisRate, double frailtySd, double copingWeight, double isolationWeight,
                            double supportWeight, double supportTies, double admitProb,
                            double stayMedianDays, double staySpread, double postDischargeRisk,
                            double postDischargeDays, double identityLoss) {}
