package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Effects.StateChange;

/**
 * Theme 7, positive identity transformation: "participants begin to see themselves as capable of
 * working and socializing". Acceptance (judgment-free) and roles (leading, working) move
 * identity from "mental patient" towards capable person; an admission pushes it back. A
 * capable-person identity makes people more sociable and more confident to seek work.
 */
public final class IdentityTransformation {
    private final RlcModel model;
    private final StateChange rule;
    private final double admissionLoss;

    public IdentityTransformation(RlcModel model) {
        this.model = model;
        this.rule = model.params().effects().identity();
        this.admissionLoss = model.params().hospital().identityLoss();
    }

    public void endOfDay(Person p) {
        if (!model.isOn(Theme.IDENTITY_TRANSFORMATION)) return;
        double id = StateChangeRule.next(p.identity, p.identityStart, p.today.acceptance + p.today.role, rule);
        if (p.admittedToday) id -= admissionLoss * id;
        p.identity = id;
    }
}
