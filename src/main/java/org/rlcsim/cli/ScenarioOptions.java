package org.rlcsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rlcsim.scenario.ResolvedScenario;
import org.rlcsim.scenario.ScenarioException;
import org.rlcsim.scenario.ScenarioReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads one scenario shares. */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML), e.g. scenarios/baseline.yaml.")
    Path scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the scenario's 'seed').")
    Long seed;

    @Option(names = "--days", paramLabel = "N", description = "Days to simulate after the burn-in (overrides 'days').")
    Integer days;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override any scenario key by its dotted path, e.g. --set population.participants=10000 "
                    + "--set mechanisms.leadership=off --set rlc.schedule[0].capacity=30. Repeatable.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    ResolvedScenario read() throws ScenarioException {
        return ScenarioReader.read(scenario, settings());
    }

    /** {@code --set}, then {@code --seed} and {@code --days}, as {@code key=value}. */
    List<String> settings() {
        List<String> all = new ArrayList<>(overrides);
        if (seed != null) all.add("seed=" + seed);
        if (days != null) all.add("days=" + days);
        return all;
    }
}
