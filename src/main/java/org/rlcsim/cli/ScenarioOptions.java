package org.rlcsim.cli;

import java.nio.file.Path;
import java.util.List;
import org.rlcsim.scenario.ResolvedScenario;
import org.rlcsim.scenario.ScenarioException;
import org.rlcsim.scenario.ScenarioReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The options every command that reads one scenario shares. */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML), e.g. scenarios/baseline.yaml.")
    Path scenario;

    @Mixin
    ScenarioSettings overrides;

    ResolvedScenario read() throws ScenarioException {
        return ScenarioReader.read(scenario, settings());
    }

    /** {@code --set}, then {@code --seed} and {@code --days}, as {@code key=value}. */
    List<String> settings() {
        return overrides.all();
    }
}
