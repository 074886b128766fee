package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Effects.StateChange;

/**
 * Theme 8, increased self-esteem: "many participants observe for the first time that recovery is
 * possible and they become more optimistic and hopeful". Hope (meeting peers in recovery),
 * mastery (trainings) and roles raise self-esteem. Higher self-esteem makes social practice ease
 * social anxiety faster ({@link SocialNetworks}) and makes people confident to seek work ({@link HoldingJobs}).
 */
public final class SelfEsteem {
    private final RlcModel model;
    private final StateChange rule;

    public SelfEsteem(RlcModel model) {
        this.model = model;
        this.rule = model.params().effects().selfEsteem();
    }

    public void endOfDay(Person p) {
        if (!model.isOn(Theme.SELF_ESTEEM)) return;
        double experience = p.today.hope + p.today.mastery + p.today.role;
        p.selfEsteem = StateChangeRule.next(p.selfEsteem, p.selfEsteemStart, experience, rule);
    }
}
