package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Effects.StateChange;

/**
 * Theme 9, increased sense of responsibility: "participants begin to pursue jobs and (re)build
 * family relationships". Roles, and mastery in those who see themselves as capable, raise
 * responsibility; {@link org.rlcsim.model.FamilyLife} reconnects estranged relatives and
 * {@link HoldingJobs} seeks work in proportion to it.
 */
public final class Responsibility {
    private final RlcModel model;
    private final StateChange rule;

    public Responsibility(RlcModel model) {
        this.model = model;
        this.rule = model.params().effects().responsibility();
    }

    public void endOfDay(Person p) {
        if (!model.isOn(Theme.RESPONSIBILITY)) return;
        double experience = p.today.role + p.today.mastery * p.identity;
        p.responsibility = StateChangeRule.next(p.responsibility, p.responsibilityStart, experience, rule);
    }
}
