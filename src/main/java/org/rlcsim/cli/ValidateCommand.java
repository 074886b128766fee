package org.rlcsim.cli;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rlcsim.experiment.Experiment;
import org.rlcsim.experiment.Experiments;
import org.rlcsim.experiment.ResolvedExperiment;
import org.rlcsim.model.Availability;
import org.rlcsim.model.Facilitator;
import org.rlcsim.model.params.Activity;
import org.rlcsim.report.Numbers;
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

    /** What the timetable adds up to in a week, as a planner budgets it. */
    static String week(List<Activity> timetable) {
        int sessions = 0, seats = 0, afterWork = 0;
        double staffHours = 0;
        for (Activity a : timetable) {
            sessions += a.days().size();
            seats += a.days().size() * a.capacity();
            if (a.facilitator() == Facilitator.STAFF) staffHours += a.hoursPerWeek();
            for (DayOfWeek d : a.days()) {
                if (!Availability.duringWork(a, d)) afterWork++;
            }
        }
        return String.format(Locale.ROOT, "The RLC's week: %d sessions (%d in the evening or at the weekend, when "
                + "people with a job can come), %d seats, %s staff hours.", sessions, afterWork, seats,
                Numbers.format(staffHours));
    }

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
            if ((Boolean) resolved.values().get("rlc.enabled")) out.println("# " + week(resolved.schedule()));
            ScenarioYaml.write(resolved, out);
        }
        out.flush();
        return 0;
    }
}
