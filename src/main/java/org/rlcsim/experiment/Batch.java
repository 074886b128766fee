package org.rlcsim.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.rlcsim.report.BatchReport;
import org.rlcsim.report.BatchReportInput;
import org.rlcsim.report.ComparisonReport;
import org.rlcsim.report.ComparisonReportInput;
import org.rlcsim.report.Manifest;
import org.rlcsim.scenario.ScenarioYaml;
import org.rlcsim.results.Comparison;

/**
 * A batch from start to finish: checks the output folder, runs what is not done yet on a pool
 * of threads, puts the result files together (for a comparison of two scenarios also the paired
 * comparison), then writes the report and, last, manifest.json. An interrupted batch (killed at
 * any moment) is finished by running it again with resume.
 */
public final class Batch {

    /**
     * @param threads   runs side by side
     * @param resume    finish an interrupted batch in the folder instead of starting afresh
     * @param force     replace the results of an earlier batch
     * @param command   the command line as given, for the manifest
     * @param reproduce a command that runs the same batch again, for the manifest and the report
     */
    public record Options(int threads, boolean resume, boolean force, BatchProgress progress, List<String> command,
                          String reproduce) {}

    /**
     * @param ran         runs done by this call
     * @param alreadyDone runs an interrupted batch had done before (resume)
     * @param wasFinished the folder already held this batch, finished: nothing was done
     */
    public record Outcome(int ran, int alreadyDone, boolean wasFinished, double wallSeconds) {}

    private Batch() {}

    public static Outcome run(Experiment experiment, Path out, Options options)
            throws IOException, InterruptedException, BatchFolderException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        String resolved = ResolvedExperiment.yaml(experiment);
        BatchFolder folder = new BatchFolder(out);
        try (BatchFolder.Lock held = folder.lock()) {
            return run(experiment, folder, options, started, t0, resolved);
        }
    }

    private static Outcome run(Experiment experiment, BatchFolder folder, Options options, Instant started, long t0,
                               String resolved) throws IOException, InterruptedException, BatchFolderException {
        Path out = folder.dir();
        BatchFolder.State state = folder.state();
        if (options.resume()) {
            switch (state) {
                case FINISHED -> {
                    sameExperiment(folder, state, resolved);
                    return new Outcome(0, experiment.runs(), true, 0);
                }
                case UNFINISHED -> sameExperiment(folder, state, resolved);
                case EMPTY -> folder.start(resolved);
                case OTHER -> throw new BatchFolderException(out + ": holds no interrupted batch to resume; choose "
                        + "another --out, or use --force instead of --resume to replace what is there");
            }
        } else if (state == BatchFolder.State.EMPTY || options.force()) {
            folder.start(resolved);
        } else {
            throw new BatchFolderException(out + ": already holds results; choose another --out, add --force to "
                    + "replace them, or --resume to finish an interrupted batch");
        }
        folder.removeTemporaryFiles();
        // run numbers are streamed, not listed, so that millions of runs take no memory
        int alreadyDone = (int) IntStream.range(0, experiment.runs()).filter(r -> RunPart.isFinished(folder, r)).count();
        options.progress().started(experiment.runs(), alreadyDone);
        var todo = IntStream.range(0, experiment.runs()).filter(r -> !RunPart.isFinished(folder, r)).iterator();
        BatchRunner.run(experiment, todo, folder, options.threads(), options.progress());
        options.progress().finished();
        Assembler.Assembled assembled = Assembler.assemble(experiment, folder);
        Comparison comparison = experiment.compares() ? Assembler.pair(experiment, folder) : null;
        writeReport(out, experiment, options.reproduce(), resolved, assembled, comparison);
        BatchFolder.write(folder.result(BatchFolder.EXPERIMENT), f -> Files.writeString(f, resolved, StandardCharsets.UTF_8));
        double wall = (System.nanoTime() - t0) / 1e9;
        BatchFolder.write(folder.result(BatchFolder.MANIFEST), f -> Manifest.write(f, options.command(),
                experiment.scenarioFile(), experiment.seed(), ScenarioYaml.toJsonTree(experiment.base()),
                started.truncatedTo(ChronoUnit.MILLIS).toString(), wall, manifestFields(experiment, options, alreadyDone)));
        folder.finish();
        return new Outcome(experiment.runs() - alreadyDone, alreadyDone, false, wall);
    }

    /**
     * Charts and report.html: of a batch, or of a comparison. Called once the data files are in
     * place and before manifest.json, so a batch killed while reporting is reported again by --resume.
     */
    private static void writeReport(Path out, Experiment e, String command, String experimentYaml,
                                    Assembler.Assembled assembled, Comparison comparison) throws IOException {
        if (comparison == null) {
            BatchReport.write(out, new BatchReportInput(e.title(), command, experimentYaml, e.varied(), e.points(),
                    assembled.aggregate()));
        } else {
            ComparisonReport.write(out, new ComparisonReportInput(e.title(), command, experimentYaml, e.compared(),
                    e.replications(), assembled.aggregate(), comparison, assembled.activities()));
        }
    }

    private static void sameExperiment(BatchFolder folder, BatchFolder.State state, String resolved)
            throws IOException, BatchFolderException {
        String recorded = folder.recordedExperiment(state);
        if (recorded.equals(resolved)) return;
        String[] was = recorded.split("\n", -1), now = resolved.split("\n", -1);
        int line = 0;
        while (line < Math.min(was.length, now.length) && was[line].equals(now[line])) line++;
        String there = line < was.length ? was[line].strip() : "(end)", here = line < now.length ? now[line].strip() : "(end)";
        if (there.startsWith("model_build:") && here.startsWith("model_build:")) {
            throw new BatchFolderException(folder.dir() + ": holds a batch begun by another build of the model ("
                    + there + ", now " + here + "); its runs cannot be mixed with this build's: use --force "
                    + "instead of --resume to start afresh, or resume it with the program that began it");
        }
        throw new BatchFolderException(folder.dir() + ": holds a batch of another experiment (" + BatchFolder.EXPERIMENT
                + " line " + (line + 1) + ": '" + there + "', now '" + here + "'); resume it with the same file and "
                + "options, or use --force instead of --resume to start afresh");
    }

    private static Map<String, Object> manifestFields(Experiment e, Options options, int alreadyDone) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> batch = ResolvedExperiment.tree(e);
        batch.remove("scenario"); // the manifest has it already, as for a single run
        Object compared = batch.remove("scenarios"); // a comparison's two scenarios, on top where they are seen
        m.put("batch", batch);
        if (compared != null) m.put("scenarios", compared);
        m.put("reproduce", options.reproduce());
        m.put("threads", options.threads());
        m.put("runs_resumed_from_parts", alreadyDone);
        return m;
    }
}
