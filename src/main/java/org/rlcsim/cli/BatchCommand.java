package org.rlcsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rlcsim.experiment.Batch;
import org.rlcsim.experiment.Experiment;
import org.rlcsim.experiment.Experiments;
import org.rlcsim.scenario.ExperimentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rlcsim batch}: replications of a scenario, or every point of an experiment file, side by side. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run replications of a scenario, or every point of an experiment file, and write runs.csv, "
                + "timeseries.csv, aggregate.csv, points.csv, experiment.yaml and manifest.json into the output folder.",
                "FILE is an experiment file when it has a top-level key that only experiments have (scenario:, vary:, "
                        + "design:, samples:, replications:, set:); otherwise it is a scenario, run --replications "
                        + "times. Experiment files are described in docs/outputs.md; examples are in scenarios/experiments/.",
                "The same experiment gives byte-identical CSV files whatever the number of threads. A batch that was "
                        + "interrupted (even killed) is finished with --resume."})
final class BatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Experiment file or scenario file (YAML).")
    Path file;

    @Option(names = "--replications", paramLabel = "N",
            description = "Runs of each design point (default: the experiment's replications:, else "
                    + Experiments.DEFAULT_REPLICATIONS + ").")
    Integer replications;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Fix a scenario key for every run, after the experiment's own values, e.g. "
                    + "--set population.participants=500. Repeatable; a varied key cannot be fixed.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: results/<experiment name>, or results/<scenario name>-batch). "
                    + "Must be empty unless --force or --resume.")
    Path out;

    @Mixin
    ManyRunsOptions runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (replications != null && (replications < 1 || replications > ExperimentReader.MAX_REPLICATIONS)) {
            throw new Failures.BadInput("--replications: must be 1 to " + ExperimentReader.MAX_REPLICATIONS
                    + ", got " + replications);
        }
        runs.check();
        int useThreads = threads.resolve();
        Experiment experiment = Experiments.load(file, overrides, replications);
        // a scenario's own results/<name> belongs to rlcsim run
        Path dir = out != null ? out
                : Path.of("results", experiment.title() + (experiment.repeatsScenario() ? "-batch" : ""));
        Batch.Outcome outcome = runs.run(experiment, dir, useThreads, spec, reproduce(experiment, dir));
        runs.done(spec, experiment.title(), experiment.runs() + " runs (" + experiment.points().size() + " point"
                + (experiment.points().size() == 1 ? "" : "s") + " x " + experiment.replications() + " replications)",
                dir, outcome, "");
        return 0;
    }

    /** The batch as one command line: every option that changes results, replications made explicit. */
    private String reproduce(Experiment experiment, Path dir) {
        return ManyRunsOptions.reproduce(List.of("rlcsim", "batch", file.toString()), experiment.replications(),
                overrides, dir);
    }
}
