package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Effects.StateChange;

/**
 * Theme 10, improved coping skills: "participants develop wellness management plans and reduce
 * stress; many use hospitals and emergency rooms less frequently". Support and shared strategies
 * (relaxed/open) and mastery (trainings) raise coping; {@link org.rlcsim.model.HospitalUse}
 * lowers the crisis hazard with coping and {@link HoldingJobs} keeps jobs longer.
 */
public final class Coping {
    private final RlcModel model;
    private final StateChange rule;

    public Coping(RlcModel model) {
        this.model = model;
        this.rule = model.params().effects().coping();
    }

    public void endOfDay(Person p) {
        if (!model.isOn(Theme.COPING)) return;
        double experience = p.today.support + p.today.mastery;
        p.coping = StateChangeRule.next(p.coping, p.copingStart, experience, rule);
    }
}
