package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;

/**
 * Theme 7, positive identity transformation: "participants begin to see themselves as capable of
 * working and socializing". Acceptance (judgment-free) and roles (leading, working) move
 * identity from "mental patient" towards capable person; an admission pushes it back. A
 * capable-person identity makes people more sociable and more confident to seek work.
 */
public final class IdentityTransformation {
    private final StateChangeRule rule;
    private final double admissionLoss;

    public IdentityTransformation(RlcModel model) {
        this.rule = new StateChangeRule(model, Theme.IDENTITY_TRANSFORMATION, model.params().effects().identity());
        this.admissionLoss = model.params().hospital().identityLoss();
    }

    /**
     * Identity as it stands during {@code day}: as the end of the day before left it, days without
     * experience worked out since the last day that changed it.
     */
    public double of(Person p, int day) {
        return rule.during(p.identity, p.identityStart, p, day);
    }

    /** Stores {@link #of} for {@code day}, before the day's change (the caller records the day). */
    public void settle(Person p, int day) {
        p.identity = of(p, day);
    }

    /** The end of a day with experience or an admission, identity brought up to the morning ({@link #settle}). */
    public void endOfDay(Person p) {
        if (!rule.on()) return;
        double id = rule.next(p.identity, p.identityStart, p.today.acceptance + p.today.role);
        if (p.admittedToday) id -= admissionLoss * id;
        p.identity = id;
    }
}
