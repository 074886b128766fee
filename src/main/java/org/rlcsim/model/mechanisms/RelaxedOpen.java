package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Effects.RelaxedOpenEffects;

/**
 * Theme 3, relaxed/open: "RLC peers and staff share concerns, emotional support, and coping
 * strategies". Sharing turns encounters into ties and deepens the ties people bring to a
 * session; the support and strategies received feed coping.
 */
public final class RelaxedOpen {
    private final RlcModel model;
    private final RelaxedOpenEffects fx;

    public RelaxedOpen(RlcModel model) {
        this.model = model;
        this.fx = model.params().effects().relaxedOpen();
    }

    private double level() {
        return model.isOn(Theme.RELAXED_OPEN) ? model.getOpenness() : 0.0;
    }

    /** Relative chance that an encounter in a session starts a tie. */
    public double tieFormation() {
        return 1.0 + fx.tieFormation() * level();
    }

    /** Relative strength gained by an RLC tie from a session together. */
    public double tieDeepening() {
        return 1.0 + fx.tieDeepening() * level();
    }

    /** Support received on a visit; more with ties present to share with. */
    public void visit(Person p, int tiesPresent) {
        double company = 0.5 + 0.5 * Math.min(1.0, tiesPresent / 3.0);
        p.today.support += fx.support() * level() * company;
    }
}
