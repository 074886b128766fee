package org.rlcsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rlcsim.experiment.Batch;
import org.rlcsim.experiment.BatchFolderException;
import org.rlcsim.experiment.BatchProgress;
import org.rlcsim.experiment.Experiment;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * What the commands that run many runs into one folder (batch, compare) share: their options for
 * the folder and the screen, the progress shown, the command that repeats them and the closing line.
 */
final class ManyRunsOptions {
    /** Set by the launcher when stderr is a terminal, which Java cannot tell by itself. */
    static final String STDERR_IS_TERMINAL = "rlcsim.stderrTty";
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./=:,+@%-]+");

    @Option(names = "--resume", description = "Finish an interrupted batch or comparison in the output folder: only "
            + "the runs missing are run; the files are the same as those of an uninterrupted one.")
    boolean resume;

    @Option(names = "--force", description = "Replace the results of an earlier batch or comparison in the output folder.")
    boolean force;

    @Option(names = "--quiet", description = "Print nothing on success, and no progress.")
    boolean quiet;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    void check() throws Failures.BadInput {
        if (resume && force) {
            throw new Failures.BadInput("--resume and --force: choose one (finish an interrupted batch, or start afresh)");
        }
    }

    /** Runs {@code experiment} into {@code dir}, showing progress unless quiet. */
    Batch.Outcome run(Experiment experiment, Path dir, int threads, CommandSpec spec, String reproduce)
            throws IOException, InterruptedException, BatchFolderException {
        BatchProgress progress = progress(spec);
        try {
            return Batch.run(experiment, dir, new Batch.Options(threads, resume, force, progress,
                    List.copyOf(spec.commandLine().getParseResult().originalArgs()), reproduce));
        } finally {
            progress.finished();
        }
    }

    /** A bar on a terminal, plain lines elsewhere, nothing when quiet. */
    private BatchProgress progress(CommandSpec spec) {
        if (quiet) return BatchProgress.NONE;
        PrintWriter err = spec.commandLine().getErr();
        return Boolean.getBoolean(STDERR_IS_TERMINAL) ? new ProgressBarDisplay(err) : new ProgressLines(err);
    }

    /**
     * The closing line on standard output, unless quiet: what ran, where its results are, how long it took.
     *
     * @param size e.g. "10 runs (1 point x 10 replications)"
     * @param next "" or more to say, e.g. "; open DIR/report.html"
     */
    void done(CommandSpec spec, String title, String size, Path dir, Batch.Outcome outcome, String next) {
        if (quiet) return;
        PrintWriter stdout = spec.commandLine().getOut();
        if (outcome.wasFinished()) {
            stdout.printf("rlcsim: %s: %s already finished in %s; nothing to do%n", title, size, dir);
        } else {
            stdout.printf("rlcsim: %s: %s: %s (%.1f s%s)%s%n", title, size, dir, outcome.wallSeconds(),
                    outcome.alreadyDone() > 0 ? ", " + outcome.alreadyDone() + " runs were done before" : "", next);
        }
        stdout.flush();
    }

    /** A command that repeats the runs: its first words, replications made explicit, every --set and the folder. */
    static String reproduce(List<String> start, int replications, List<String> overrides, Path dir) {
        List<String> words = new ArrayList<>(start);
        words.add("--replications");
        words.add(Integer.toString(replications));
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
