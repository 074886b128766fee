package org.rlcsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.rlcsim.experiment.Batch;
import org.rlcsim.experiment.BatchProgress;
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
    /** Set by the launcher when stderr is a terminal, which Java cannot tell by itself. */
    static final String STDERR_IS_TERMINAL = "rlcsim.stderrTty";
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./=:,+@%-]+");

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

    @Option(names = "--resume", description = "Finish an interrupted batch in the output folder: only the runs "
            + "missing are run; the files are the same as those of an uninterrupted batch.")
    boolean resume;

    @Option(names = "--force", description = "Replace the results of an earlier batch in the output folder.")
    boolean force;

    @Option(names = "--quiet", description = "Print nothing on success, and no progress.")
    boolean quiet;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (replications != null && (replications < 1 || replications > ExperimentReader.MAX_REPLICATIONS)) {
            throw new Failures.BadInput("--replications: must be 1 to " + ExperimentReader.MAX_REPLICATIONS
                    + ", got " + replications);
        }
        if (resume && force) {
            throw new Failures.BadInput("--resume and --force: choose one (finish an interrupted batch, or start afresh)");
        }
        int useThreads = threads.resolve();
        Experiment experiment = Experiments.load(file, overrides, replications);
        // a scenario's own results/<name> belongs to rlcsim run
        Path dir = out != null ? out
                : Path.of("results", experiment.title() + (experiment.repeatsScenario() ? "-batch" : ""));
        BatchProgress progress = quiet ? BatchProgress.NONE
                : Boolean.getBoolean(STDERR_IS_TERMINAL) ? new ProgressBarDisplay(spec.commandLine().getErr())
                : new ProgressLines(spec.commandLine().getErr());
        Batch.Outcome outcome;
        try {
            outcome = Batch.run(experiment, dir, new Batch.Options(useThreads, resume, force, progress,
                    List.copyOf(spec.commandLine().getParseResult().originalArgs()), reproduce(experiment, dir)));
        } finally {
            progress.finished();
        }
        if (!quiet) {
            var stdout = spec.commandLine().getOut();
            String size = experiment.runs() + " runs (" + experiment.points().size() + " point"
                    + (experiment.points().size() == 1 ? "" : "s") + " x " + experiment.replications() + " replications)";
            if (outcome.wasFinished()) {
                stdout.printf("rlcsim: %s: %s already finished in %s; nothing to do%n", experiment.title(), size, dir);
            } else {
                stdout.printf("rlcsim: %s: %s: %s (%.1f s%s)%n", experiment.title(), size, dir, outcome.wallSeconds(),
                        outcome.alreadyDone() > 0 ? ", " + outcome.alreadyDone() + " runs were done before" : "");
            }
            stdout.flush();
        }
        return 0;
    }

    /** The batch as one command line: every option that changes results, replications made explicit. */
    private String reproduce(Experiment experiment, Path dir) {
        List<String> words = new ArrayList<>(List.of("rlcsim", "batch", file.toString(),
                "--replications", Integer.toString(experiment.replications())));
        for (String o : overrides) {
            words.add("--set");
            words.add(o);
        }
        words.add("--out");
        words.add(dir.toString());
        StringBuilder b = new StringBuilder();
        for (String w : words) b.append(b.length() == 0 ? "" : " ").append(shellWord(w));
        return b.toString();
    }

    private static String shellWord(String w) {
        return PLAIN_WORD.matcher(w).matches() ? w : "'" + w.replace("'", "'\\''") + "'";
    }
}
