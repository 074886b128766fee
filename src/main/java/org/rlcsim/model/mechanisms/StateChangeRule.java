package org.rlcsim.model.mechanisms;

import org.rlcsim.model.params.Effects.StateChange;

/**
 * The shared form of the intrapersonal mechanisms: experience moves a state towards 1 in
 * proportion to what is left to gain; without experience it drifts back to where the person
 * started (outside the RLC, stigma and routine pull people back).
 */
final class StateChangeRule {
    private StateChangeRule() {}

    static double next(double state, double start, double experience, StateChange rule) {
        double next = state + rule.rate() * experience * (1.0 - state) - rule.relapse() * (state - start);
        return Math.max(0.0, Math.min(1.0, next));
    }
}
