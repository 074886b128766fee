package org.rlcsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.rlcsim.experiment.SingleRun;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.params.ModelParameters;
import org.rlcsim.observe.ActivityWeek;
import org.rlcsim.observe.Observation;
import org.rlcsim.report.CsvFile;
import org.rlcsim.report.Manifest;
import org.rlcsim.report.NetworkGraphml;
import org.rlcsim.report.OutputDirectory;
import org.rlcsim.report.RunFiles;
import org.rlcsim.scenario.ParametersBuilder;
import org.rlcsim.scenario.ResolvedScenario;
import org.rlcsim.scenario.ScenarioText;
import org.rlcsim.scenario.ScenarioYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rlcsim run}: one run of one scenario, with its result files. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one scenario and write timeseries.csv, summary.csv, agents.csv, activities.csv, "
                + "network.graphml and manifest.json into the output folder.",
                "Same scenario and seed give byte-identical CSV files, whatever the number of threads. "
                        + "By default a run uses one thread for each 2,500 participants, up to all cores: "
                        + "for a smaller run a second thread costs more in compiling than it gives."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: results/<scenario name>). Must be empty unless --force.")
    Path out;

    @Option(names = "--every", paramLabel = "N", defaultValue = "7",
            description = "Write the time series every N days (default: ${DEFAULT-VALUE}).")
    int every;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--force", description = "Replace results already in the output folder.")
    boolean force;

    @Option(names = "--quiet", description = "Print nothing on success.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (every < 1) throw new Failures.BadInput("--every: must be 1 or more, got " + every);
        threads.check(); // before the scenario is read: a bad --threads is the first thing reported
        ResolvedScenario resolved = scenario.read();
        Path dir = out != null ? out : Path.of("results", ScenarioText.baseName(scenario.scenario));
        OutputDirectory.check(dir, force);
        ModelParameters params = ParametersBuilder.build(resolved);
        int useThreads = threads.resolve(SingleRun.threadsFor(params.population().participants(),
                Runtime.getRuntime().availableProcessors()));
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Map<String, Object> scenarioTree = ScenarioYaml.toJsonTree(resolved);
        String startedAt = started.truncatedTo(ChronoUnit.MILLIS).toString();
        OutputDirectory output = OutputDirectory.open(dir);
        try {
            RlcModel model;
            Observation observation;
            try (CsvFile series = new CsvFile(output.file("timeseries.csv"), RunFiles.TIMESERIES_HEADER);
                 CsvFile activities = new CsvFile(output.file("activities.csv"), ActivityWeek.HEADER)) {
                observation = new Observation(every, row -> RunFiles.writeTimeseriesRow(series, row),
                        week -> activities.row(week.values()));
                model = SingleRun.run(params, observation, useThreads);
            }
            // The network file, the largest, is written alongside the CSV files (both only read the model).
            RlcModel finished = model;
            var graphml = CompletableFuture.runAsync(() -> {
                try {
                    NetworkGraphml.write(finished, output.file("network.graphml"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            RunFiles.writeSummary(observation.summary(), output.file("summary.csv"));
            RunFiles.writeAgents(observation.people(), output.file("agents.csv"));
            try {
                graphml.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
                throw e;
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            Manifest.write(output.file("manifest.json"), commandLine(), resolved.source(), params.seed(),
                    scenarioTree, startedAt, wall, runSize(params, useThreads));
            output.commit();
            if (!quiet) {
                spec.commandLine().getOut().printf("rlcsim: %s, seed %d, %d participants, %d days: %s (%.1f s)%n",
                        resolved.source(), params.seed(), params.population().participants(), params.days(), dir, wall);
            }
            return 0;
        } catch (Exception | Error e) {
            output.abandon();
            throw e;
        }
    }

    private static Map<String, Object> runSize(ModelParameters params, int threads) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("participants", params.population().participants());
        m.put("days", params.days());
        m.put("burn_in_days", params.burnInDays());
        m.put("threads", threads);
        return m;
    }

    private List<String> commandLine() {
        return List.copyOf(spec.commandLine().getParseResult().originalArgs());
    }
}
