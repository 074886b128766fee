package org.rlcsim.model;

import org.rlcsim.model.params.FamilyRules;

/**
 * Relatives fall out of touch when ties fade and are found again in proportion to the person's
 * sense of responsibility ("participants begin to ... (re)build family relationships").
 */
final class FamilyLife {
    private final RlcModel model;
    private final FamilyRules rules;

    FamilyLife(RlcModel model) {
        this.model = model;
        this.rules = model.params().family();
    }

    void day(Person p, int day, ec.util.MersenneTwisterFast random, NewTies newTies) {
        // Nothing to do without estranged relatives or before the next candidate day (a day not
        // drawn yet is before every day); kept small so that the JIT inlines it into the daily loop.
        if (p.estrangedRelatives == 0 || day < p.nextReconnection) return;
        reconnectOnCandidateDay(p, day, random, newTies);
    }

    private void reconnectOnCandidateDay(Person p, int day, ec.util.MersenneTwisterFast random, NewTies newTies) {
        double bound = Math.min(1.0, p.estrangedRelatives * rules.reconnectRate());
        p.nextReconnection = Thinning.drawn(random, p.nextReconnection, day, bound);
        if (day < p.nextReconnection) return;
        p.nextReconnection = Thinning.next(random, day, bound);
        double chance = p.inHospital ? 0.0
                : Math.min(1.0, p.estrangedRelatives * rules.reconnectRate() * model.responsibility.of(p, day));
        if (!Thinning.tryEvent(random, chance, bound)) return;
        p.estrangedRelatives--;
        p.nextReconnection = Thinning.NOW;
        newTies.newcomer(p, Role.FAMILY, TieType.FAMILY,
                (float) Draw.meanOneLogNormal(random, model.params().ties().affinitySd()));
    }
}
