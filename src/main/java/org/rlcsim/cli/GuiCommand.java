package org.rlcsim.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rlcsim.experiment.BatchFolder;
import org.rlcsim.gui.ConsoleSession;
import org.rlcsim.model.params.ModelParameters;
import org.rlcsim.report.OutputDirectory;
import org.rlcsim.scenario.ParametersBuilder;
import org.rlcsim.scenario.ResolvedScenario;
import org.rlcsim.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rlcsim gui}: the model in MASON's Console, for a class to watch; or a snapshot of it. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the model in MASON's Console: the community's network, live charts, sliders and "
                + "switches in the Model tab, and a page about any person double-clicked. Lessons: docs/teaching.md.",
                "With --snapshot, run --steps days without anyone at the controls, save the network display "
                        + "(and with --charts the charts) as PNG, and exit. Needs a display (on a server: Xvfb)."})
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (YAML), e.g. scenarios/lessons/1-an-rlc-opens.yaml (default: every "
                    + "parameter at its default, as scenarios/baseline.yaml).")
    Path scenario;

    @Mixin
    ScenarioSettings overrides;

    @Option(names = "--steps", paramLabel = "N",
            description = "With --snapshot: days to run after the burn-in (default: the scenario's 'days').")
    Integer steps;

    @Option(names = "--snapshot", paramLabel = "FILE.png", description = "Save the network display after --steps days, then exit.")
    Path snapshot;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "With --snapshot: also save the charts, as PNG files, into this folder (must be empty unless --force).")
    Path charts;

    @Option(names = "--force", description = "Replace a snapshot or charts already there.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (snapshot == null && (steps != null || charts != null)) {
            throw new Failures.BadInput((steps != null ? "--steps" : "--charts") + ": only with --snapshot FILE.png");
        }
        if (steps != null && steps < 0) throw new Failures.BadInput("--steps: must be 0 or more, got " + steps);
        if (snapshot != null) checkSnapshot();
        if (charts != null) OutputDirectory.check(charts, force);
        ResolvedScenario resolved = scenario == null ? ScenarioReader.defaults(overrides.all())
                : ScenarioReader.read(scenario, overrides.all());
        ModelParameters params = ParametersBuilder.build(resolved);
        if (GraphicsEnvironment.isHeadless()) {
            throw new Failures.BadInput("gui: no display to open windows on (is DISPLAY set?); on a machine without "
                    + "a screen run it under a virtual one, e.g. xvfb-run ./rlcsim gui ...");
        }
        if (snapshot == null) {
            ConsoleSession.open(params).fitToScreen();
            new CountDownLatch(1).await(); // MASON ends the program when the Console is closed
            return 0;
        }
        try (ConsoleSession session = ConsoleSession.open(params)) {
            session.runDays(steps != null ? steps : params.days());
            OutputDirectory chartFiles = charts != null ? OutputDirectory.open(charts) : null;
            try {
                if (chartFiles != null) session.saveCharts(chartFiles.folder());
                Path parent = snapshot.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                BatchFolder.write(snapshot, session::saveDisplay);
                if (chartFiles != null) chartFiles.commit();
            } catch (Exception | Error e) {
                Files.deleteIfExists(BatchFolder.temporary(snapshot));
                if (chartFiles != null) chartFiles.abandon();
                throw e;
            }
        }
        return 0;
    }

    private void checkSnapshot() throws Failures.BadInput {
        if (!snapshot.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new Failures.BadInput("--snapshot: " + snapshot + ": must be a .png file");
        }
        if (Files.isDirectory(snapshot)) throw new Failures.BadInput("--snapshot: " + snapshot + ": is a folder");
        if (Files.exists(snapshot) && !force) {
            throw new Failures.BadInput(snapshot + ": already exists; choose another --snapshot or add --force to replace it");
        }
    }
}
