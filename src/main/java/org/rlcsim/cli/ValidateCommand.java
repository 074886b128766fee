package org.rlcsim.cli;

import java.util.concurrent.Callable;
import org.rlcsim.experiment.Experiment;
import org.rlcsim.experiment.Experiments;
import org.rlcsim.experiment.ResolvedExperiment;
import org.rlcsim.scenario.ExperimentReader;
import org.rlcsim.scenario.ResolvedScenario;
import org.rlcsim.scenario.ScenarioText;
import org.rlcsim.scenario.ScenarioYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rlcsim validate}: checks a scenario, or an experiment file, and prints every value it resolves to. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a scenario file and print the resolved values (defaults filled in), as YAML.",
                "Given an experiment file, check every point of its design and print the experiment as "
                        + "resolved (as rlcsim batch would write it to experiment.yaml)."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (ExperimentReader.isExperiment(ScenarioText.read(scenario.scenario))) {
            Experiment e = Experiments.load(scenario.scenario, scenario.settings(), null);
            out.println("# " + e.file() + ": valid experiment, " + e.points().size() + " points x "
                    + e.replications() + " replications.");
            out.print(ResolvedExperiment.yaml(e));
        } else {
            ResolvedScenario resolved = scenario.read();
            out.println("# " + resolved.source() + ": valid. Resolved values (defaults filled in):");
            ScenarioYaml.write(resolved, out);
        }
        out.flush();
        return 0;
    }
}
