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

    void day(Person p, int day) {
        if (p.estrangedRelatives == 0 || p.inHospital) return;
        double chance = p.estrangedRelatives * rules.reconnectRate() * p.responsibility;
        if (model.random.nextDouble() >= chance) return;
        p.estrangedRelatives--;
        SocialNetwork net = model.network();
        int relative = net.addNode(Role.FAMILY);
        net.form(p, relative, TieType.FAMILY, (float) Draw.meanOneLogNormal(model.random,
                model.params().ties().affinitySd()), day);
    }
}
