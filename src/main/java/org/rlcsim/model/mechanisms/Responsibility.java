package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;

/**
 * Theme 9, increased sense of responsibility: "participants begin to pursue jobs and (re)build
 * family relationships". Roles, and mastery in those who see themselves as capable, raise
 * responsibility; {@link org.rlcsim.model.FamilyLife} reconnects estranged relatives and
 * {@link HoldingJobs} seeks work in proportion to it.
 */
public final class Responsibility {
    private final StateChangeRule rule;

    public Responsibility(RlcModel model) {
        this.rule = new StateChangeRule(model, Theme.RESPONSIBILITY, model.params().effects().responsibility());
    }

    /**
     * Sense of responsibility as it stands during {@code day}: as the end of the day before left it, days without
     * experience worked out since the last day that changed it.
     */
    public double of(Person p, int day) {
        return rule.during(p.responsibility, p.responsibilityStart, p, day);
    }

    /** Stores {@link #of} for {@code day}, before the day's change (the caller records the day). */
    public void settle(Person p, int day) {
        p.responsibility = of(p, day);
    }

    /**
     * The end of a day with experience, responsibility brought up to the morning
     * ({@link #settle}) and identity already changed by the day.
     */
    public void endOfDay(Person p) {
        if (!rule.on()) return;
        double experience = p.today.role + p.today.mastery * p.identity;
        p.responsibility = rule.next(p.responsibility, p.responsibilityStart, experience);
    }
}
