package org.rlcsim.model.params;

/**
 * Everything a run of the model needs, already validated. Built by the scenario reader;
 * the model never reads files.
 *
 * @param seed       random seed of the run
 * @param days       days simulated after the burn-in (one step = one day)
 * @param burnInDays days simulated before day 0, so the community's networks, loneliness, jobs
 *                   and the RLC's membership settle before anything is observed
 */
public record ModelParameters(
        long seed,
        int days,
        int burnInDays,
        Population population,
        InitialStates initial,
        TieRules ties,
        CommunityRules community,
        FamilyRules family,
        LonelinessRules loneliness,
        LabourRules labour,
        HospitalRules hospital,
        RlcParameters rlc,
        Mechanisms mechanisms,
        Effects effects) {

    public ModelParameters withSeed(long newSeed) {
        return new ModelParameters(newSeed, days, burnInDays, population, initial, ties, community, family,
                loneliness, labour, hospital, rlc, mechanisms, effects);
    }
}
