package org.rlcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rlcsim.cli.CommandLineTest.rlcsim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlcsim.cli.CommandLineTest.Outcome;

/** {@code rlcsim batch} as a user meets it: exit codes, one-line messages, nothing written on bad input. */
class BatchCommandTest {
    private static final String[] SMALL = {"--set", "population.participants=100", "--set", "days=40",
            "--set", "burn_in_days=10"};

    @TempDir
    Path tmp;

    private Outcome batch(String... args) {
        String[] all = new String[args.length + 1 + SMALL.length];
        all[0] = "batch";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(SMALL, 0, all, 1 + args.length, SMALL.length);
        return rlcsim(all);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            scenario: scenarios/baseline.yaml\\nvary:\\n  rlc.atmosphere.opennes: [0.1, 0.9]\\n | exp.yaml:3: rlc.atmosphere.opennes: unknown key (did you mean 'rlc.atmosphere.openness'?)
            scenario: scenarios/baseline.yaml\\nreplications: [3]\\n | exp.yaml:2: replications: expected a whole number, got a list
            scenario: scenarios/baseline.yaml\\nvary:\\n  rlc.atmosphere.openness: [0.5, 1.5]\\n | exp.yaml:3: rlc.atmosphere.openness: 1.5 is out of range (0 to 1)
            '' | exp.yaml: the file is empty
            """)
    void badExperimentsExitTwoWithOneLineAndWriteNothing(String yaml, String expected) throws IOException {
        Path file = Files.writeString(tmp.resolve("exp.yaml"), yaml.replace("\\n", "\n"));
        Path out = tmp.resolve("out");
        Outcome o = batch(file.toString(), "--out", out.toString());
        assertEquals(2, o.status());
        assertEquals("rlcsim: " + tmp + "/" + expected + "\n", o.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aMissingFileExitsTwo() {
        Outcome o = batch("no/such/experiment.yaml", "--out", tmp.resolve("out").toString());
        assertEquals(2, o.status());
        assertEquals("rlcsim: no/such/experiment.yaml: no such file\n", o.err());
    }

    @Test
    void repeatsAScenarioAndGuardsItsResults() throws IOException {
        Path out = tmp.resolve("b");
        Outcome first = batch("scenarios/baseline.yaml", "--replications", "3", "--threads", "2", "--out", out.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().startsWith("rlcsim: baseline: 3 runs (1 point x 3 replications): " + out), first.out());
        assertTrue(first.err().contains("rlcsim: 3/3 runs done"), "plain progress lines when stderr is no terminal: " + first.err());
        assertEquals(4, Files.readAllLines(out.resolve("runs.csv")).size());
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"reproduce\" : \"rlcsim batch scenarios/baseline.yaml --replications 3 --set "
                + "population.participants=100 --set days=40 --set burn_in_days=10 --out " + out + "\""), manifest);

        Outcome again = batch("scenarios/baseline.yaml", "--replications", "3", "--out", out.toString(), "--quiet");
        assertEquals(2, again.status());
        assertTrue(again.err().contains("--force") && again.err().contains("--resume"), again.err());
        Outcome resumed = batch("scenarios/baseline.yaml", "--replications", "3", "--out", out.toString(), "--resume");
        assertEquals(0, resumed.status());
        assertTrue(resumed.out().contains("already finished"), resumed.out());
        Outcome both = batch("scenarios/baseline.yaml", "--resume", "--force", "--out", out.toString());
        assertEquals(2, both.status());
        assertTrue(both.err().startsWith("rlcsim: --resume and --force: choose one"), both.err());
    }

    @Test
    void aRunOfABatchIsRepeatedAloneByRunWithItsSeed() throws IOException {
        Path out = tmp.resolve("b");
        assertEquals(0, batch("scenarios/baseline.yaml", "--replications", "2", "--out", out.toString(), "--quiet").status());
        String seed = Files.readAllLines(out.resolve("runs.csv")).get(2).split(",")[3];
        Path single = tmp.resolve("single");
        String[] run = {"run", "scenarios/baseline.yaml", "--seed", seed, "--out", single.toString(), "--quiet"};
        String[] all = new String[run.length + SMALL.length];
        System.arraycopy(run, 0, all, 0, run.length);
        System.arraycopy(SMALL, 0, all, run.length, SMALL.length);
        assertEquals(0, rlcsim(all).status());
        List<String> batchRows = Files.readAllLines(out.resolve("timeseries.csv")).stream()
                .filter(l -> l.startsWith("1,")).map(l -> l.substring(2)).toList();
        List<String> runRows = Files.readAllLines(single.resolve("timeseries.csv"));
        assertEquals(runRows.subList(1, runRows.size()), batchRows);
    }

    @Test
    void quietPrintsNothing() {
        Outcome o = batch("scenarios/baseline.yaml", "--replications", "1", "--out", tmp.resolve("q").toString(), "--quiet");
        assertEquals(0, o.status());
        assertEquals("", o.out() + o.err());
    }

    @Test
    void validateChecksEveryPointOfAnExperimentWithoutRunning() {
        Outcome ok = rlcsim("validate", "scenarios/experiments/atmosphere-sweep.yaml");
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().startsWith("# scenarios/experiments/atmosphere-sweep.yaml: valid experiment, 27 points x 5 "
                + "replications."), ok.out());
        assertTrue(ok.out().contains("\n  - point: 26\n"), ok.out());
        Outcome bad = rlcsim("validate", "scenarios/experiments/atmosphere-sweep.yaml", "--set", "rlc.atmosphere.openness=0.5");
        assertEquals(2, bad.status());
        assertEquals("rlcsim: --set: rlc.atmosphere.openness: varied by scenarios/experiments/atmosphere-sweep.yaml; "
                + "--set cannot fix it\n", bad.err());
    }

    @Test
    void helpSaysHowExperimentsAreToldFromScenarios() {
        Outcome o = rlcsim("batch", "--help");
        assertEquals(0, o.status());
        assertTrue(o.out().contains("experiment file when it has a top-level key that only"), o.out());
        assertTrue(o.out().contains("--resume") && o.out().contains("--replications"));
    }
}
