package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Effects.StateChange;

/**
 * The shared form of the intrapersonal mechanisms: experience moves a state towards 1 in
 * proportion to what is left to gain; without experience it drifts back to where the person
 * started (outside the RLC, stigma and routine pull people back). Days without experience are
 * worked out in closed form ({@link Relapse}) when the state is next needed. A mechanism switched
 * off changes its state neither way.
 */
final class StateChangeRule {
    private final RlcModel model;
    private final Theme theme;
    private final StateChange rule;
    private final Relapse relapse;

    StateChangeRule(RlcModel model, Theme theme, StateChange rule) {
        this.model = model;
        this.theme = theme;
        this.rule = rule;
        this.relapse = new Relapse(rule.relapse());
    }

    boolean on() {
        return model.isOn(theme);
    }

    /**
     * A state stored as the end of {@link Person#statesDay()} left it, as it stands during
     * {@code day}: the days without experience in between worked out.
     */
    double during(double stored, double start, Person p, int day) {
        return on() ? relapse.after(stored, start, day - 1 - p.statesDay()) : stored;
    }

    /** The state at the end of a day with {@code experience}, from where it stood that morning. */
    double next(double state, double start, double experience) {
        double next = state + rule.rate() * experience * (1.0 - state) - rule.relapse() * (state - start);
        return Math.max(0.0, Math.min(1.0, next));
    }
}
