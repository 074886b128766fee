package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Effects.JudgmentFreeEffects;

/**
 * Theme 1, judgment-free: "staff and peers at the RLC saw them as people first, and not as cases
 * or illnesses". Each visit brings an experience of acceptance (which feeds identity
 * transformation), makes the visit more satisfying (sense of community, Brown et al. 2015), and
 * lets people feel less socially anxious while in a session, so ties form more easily.
 */
public final class JudgmentFree {
    private final RlcModel model;
    private final JudgmentFreeEffects fx;

    public JudgmentFree(RlcModel model) {
        this.model = model;
        this.fx = model.params().effects().judgmentFree();
    }

    private double level() {
        return model.isOn(Theme.JUDGMENT_FREE) ? model.getJudgmentFree() : 0.0;
    }

    /** A visit: the person is seen as a person first. */
    public void visit(Person p) {
        p.today.acceptance += fx.acceptance() * level();
    }

    /** Social anxiety as felt inside a session. */
    public double anxietyInSession(Person p, int day) {
        return model.socialNetworks.anxietyOf(p, day) * (1.0 - fx.anxietyRelief() * level());
    }

    /** What acceptance adds to a visit's satisfaction. */
    public double satisfaction() {
        return fx.belonging() * level();
    }
}
