package org.rlcsim.results;

import org.rlcsim.scenario.ResolvedScenario;

/**
 * One of the two scenarios {@code rlcsim compare} runs side by side.
 *
 * @param description what the scenario is, in its author's words (the first sentence of the
 *                    comment its file opens with), or ""
 * @param scenario    the scenario as resolved, {@code --set} applied; its source is the file as named
 */
public record ComparedScenario(String description, ResolvedScenario scenario) {
    public String file() {
        return scenario.source();
    }
}
