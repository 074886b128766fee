package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;

/**
 * Theme 8, increased self-esteem: "many participants observe for the first time that recovery is
 * possible and they become more optimistic and hopeful". Hope (meeting peers in recovery),
 * mastery (trainings) and roles raise self-esteem. Higher self-esteem makes social practice ease
 * social anxiety faster ({@link SocialNetworks}) and makes people confident to seek work ({@link HoldingJobs}).
 */
public final class SelfEsteem {
    private final StateChangeRule rule;

    public SelfEsteem(RlcModel model) {
        this.rule = new StateChangeRule(model, Theme.SELF_ESTEEM, model.params().effects().selfEsteem());
    }

    /**
     * Self-esteem as it stands during {@code day}: as the end of the day before left it, days without
     * experience worked out since the last day that changed it.
     */
    public double of(Person p, int day) {
        return rule.during(p.selfEsteem, p.selfEsteemStart, p, day);
    }

    /** Stores {@link #of} for {@code day}, before the day's change (the caller records the day). */
    public void settle(Person p, int day) {
        p.selfEsteem = of(p, day);
    }

    /** The end of a day with experience, self-esteem brought up to the morning ({@link #settle}). */
    public void endOfDay(Person p) {
        if (!rule.on()) return;
        double experience = p.today.hope + p.today.mastery + p.today.role;
        p.selfEsteem = rule.next(p.selfEsteem, p.selfEsteemStart, experience);
    }
}
