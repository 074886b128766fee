package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;

/**
 * Theme 10, improved coping skills: "participants develop wellness management plans and reduce
 * stress; many use hospitals and emergency rooms less frequently". Support and shared strategies
 * (relaxed/open) and mastery (trainings) raise coping; {@link org.rlcsim.model.HospitalUse}
 * lowers the crisis hazard with coping and {@link HoldingJobs} keeps jobs longer.
 */
public final class Coping {
    private final StateChangeRule rule;

    public Coping(RlcModel model) {
        this.rule = new StateChangeRule(model, Theme.COPING, model.params().effects().coping());
    }

    /**
     * Coping as it stands during {@code day}: as the end of the day before left it, days without
     * experience worked out since the last day that changed it.
     */
    public double of(Person p, int day) {
        return rule.during(p.coping, p.copingStart, p, day);
    }

    /** Stores {@link #of} for {@code day}, before the day's change (the caller records the day). */
    public void settle(Person p, int day) {
        p.coping = of(p, day);
    }

    /** The end of a day with experience, coping brought up to the morning ({@link #settle}). */
    public void endOfDay(Person p) {
        if (!rule.on()) return;
        double experience = p.today.support + p.today.mastery;
        p.coping = rule.next(p.coping, p.copingStart, experience);
    }
}
