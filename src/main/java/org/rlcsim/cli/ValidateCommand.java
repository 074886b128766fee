package org.rlcsim.cli;

import java.util.concurrent.Callable;
import org.rlcsim.scenario.ResolvedScenario;
import org.rlcsim.scenario.ScenarioYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rlcsim validate}: checks a scenario and prints every value it resolves to. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file and print the resolved values (defaults filled in), as YAML.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ResolvedScenario resolved = scenario.read();
        var out = spec.commandLine().getOut();
        out.println("# " + resolved.source() + ": valid. Resolved values (defaults filled in):");
        ScenarioYaml.write(resolved, out);
        out.flush();
        return 0;
    }
}
