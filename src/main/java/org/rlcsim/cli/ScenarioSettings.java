package org.rlcsim.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What may be laid over a scenario on the command line: {@code --set}, {@code --seed}, {@code --days}. */
final class ScenarioSettings {
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

    /** {@code --set}, then {@code --seed} and {@code --days}, as {@code key=value}. */
    List<String> all() {
        List<String> all = new ArrayList<>(overrides);
        if (seed != null) all.add("seed=" + seed);
        if (days != null) all.add("days=" + days);
        return all;
    }
}
