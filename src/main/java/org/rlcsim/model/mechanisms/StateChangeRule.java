package org.rlcsim.model.mechanisms;

import org.rlcsim.model.params.Effects.StateChange;

/**
 * The shared form of the intrapersonal mechanisms: experience moves a state towards 1 in
 * proportion to what is left to gain; without experience it drifts back to where the person
 * started (outside the RLC, stigma and routine pull people back). Days without experience are
 * worked out in closed form ({@link Relapse}) when the state is next needed.
 */
final class StateChangeRule {
    private final StateChange rule;
    private final Relapse relapse;

    StateChangeRule(StateChange rule) {
        this.rule = rule;
        this.relapse = new Relapse(rule.relapse());
    }

    /** The state at the end of a day with {@code experience}, from where it stood that morning. */
    double next(double state, double start, double experience) {
        double next = state + rule.rate() * experience * (1.0 - state) - rule.relapse() * (state - start);
        return Math.max(0.0, Math.min(1.0, next));
    }

    /** The state {@code days} days without experience after it was {@code state}. */
    double relapsed(double state, double start, int days) {
        return relapse.after(state, start, days);
    }
}
