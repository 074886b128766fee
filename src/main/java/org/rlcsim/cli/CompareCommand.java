package org.rlcsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rlcsim.experiment.Batch;
import org.rlcsim.experiment.Experiment;
import org.rlcsim.experiment.Experiments;
import org.rlcsim.scenario.ExperimentReader;
import org.rlcsim.scenario.ScenarioText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rlcsim compare}: two scenarios run side by side with common random numbers, and what differs. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two scenarios: run each --replications times with common random numbers (replication "
                + "k of A and of B share a seed, so differences come from the change, not from luck), then write "
                + "comparison.csv (for every metric and group: A, B, the difference B - A and the ratio B / A with "
                + "95%% confidence intervals, an effect size, a paired t test and the runs needed to detect a "
                + "difference the runs could not tell from none), report.html with the answer in plain words and "
                + "charts, and the files of a batch (runs.csv, timeseries.csv, aggregate.csv, differences.csv, "
                + "experiment.yaml, manifest.json).",
                "A is the scenario as things are (e.g. scenarios/baseline.yaml), B the one with the change. Both use "
                        + "A's seed: replication k of A is the run replication k of 'rlcsim batch A' makes. The files "
                        + "are byte-identical whatever the number of threads; an interrupted comparison is finished "
                        + "with --resume. docs/outputs.md describes every file and formula."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "The scenario as things are (YAML).")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The scenario with the change (YAML).")
    Path b;

    @Option(names = "--replications", paramLabel = "N",
            description = "Runs of each scenario, 2 or more (default: " + Experiments.DEFAULT_COMPARE_REPLICATIONS
                    + "). With 20 pairs the t quantile is within 7%% of its large-sample value, so more runs narrow "
                    + "the intervals only as their square root; report.html says how many a difference too small to "
                    + "tell from none would need.")
    Integer replications;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Set a scenario key in both A and B, e.g. --set population.participants=500 or --set "
                    + "seed=7. Repeatable.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: results/<B>-vs-<A>). Must be empty unless --force or --resume.")
    Path out;

    @Mixin
    ManyRunsOptions runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int reps = replications != null ? replications : Experiments.DEFAULT_COMPARE_REPLICATIONS;
        if (reps < 2 || reps > ExperimentReader.MAX_REPLICATIONS) {
            throw new Failures.BadInput("--replications: must be 2 to " + ExperimentReader.MAX_REPLICATIONS
                    + " (a comparison's intervals need two pairs of runs at least), got " + reps);
        }
        runs.check();
        int useThreads = threads.resolve();
        Experiment experiment = Experiments.compare(a, b, overrides, reps);
        Path dir = out != null ? out
                : Path.of("results", ScenarioText.baseName(b) + "-vs-" + ScenarioText.baseName(a));
        Batch.Outcome outcome = runs.run(experiment, dir, useThreads, spec, ManyRunsOptions.reproduce(
                List.of("rlcsim", "compare", a.toString(), b.toString()), reps, overrides, dir));
        runs.done(spec, experiment.title(), "2 x " + reps + " runs with common random numbers", dir, outcome,
                "; open " + dir.resolve("report.html"));
        return 0;
    }
}
