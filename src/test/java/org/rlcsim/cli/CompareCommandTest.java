package org.rlcsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rlcsim.CsvRows.read;
import static org.rlcsim.cli.CommandLineTest.rlcsim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlcsim.cli.CommandLineTest.Outcome;

/**
 * {@code rlcsim compare} as a planner meets it: a scenario compared with itself differs by exactly
 * nothing, the files do not depend on the threads, seeds are those of a batch, the report is
 * written, and bad input exits 2 naming the file and writes nothing.
 */
class CompareCommandTest {
    private static final String[] SMALL = {"--set", "population.participants=120", "--set", "days=60",
            "--set", "burn_in_days=20"};
    private static final List<String> DATA = List.of("comparison.csv", "differences.csv", "runs.csv",
            "timeseries.csv", "aggregate.csv", "points.csv", "experiment.yaml");

    @TempDir
    static Path shared;
    static Path oneThread;
    static Path twoThreads;
    static Outcome first;

    @TempDir
    Path tmp;

    static Outcome compare(String... args) {
        String[] all = new String[args.length + 1 + SMALL.length];
        all[0] = "compare";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(SMALL, 0, all, 1 + args.length, SMALL.length);
        return rlcsim(all);
    }

    @BeforeAll
    static void compareTheBaselineWithItself() {
        oneThread = shared.resolve("one");
        twoThreads = shared.resolve("two");
        first = compare("scenarios/baseline.yaml", "scenarios/baseline.yaml", "--replications", "3", "--threads", "1",
                "--out", oneThread.toString());
        compare("scenarios/baseline.yaml", "scenarios/baseline.yaml", "--replications", "3", "--threads", "2",
                "--out", twoThreads.toString(), "--quiet");
    }

    @Test
    void runsBothScenariosAndSaysWhereTheResultsAre() {
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().startsWith("rlcsim: baseline vs baseline: 2 x 3 runs with common random numbers: "
                + oneThread), first.out());
        assertTrue(first.err().contains("rlcsim: 6/6 runs done"), first.err());
    }

    @Test
    void aScenarioComparedWithItselfDiffersByExactlyNothing() throws IOException {
        List<CSVRecord> comparison = read(oneThread.resolve("comparison.csv"));
        assertEquals(31 * 3, comparison.size(), "every metric of every group");
        int checked = 0;
        for (CSVRecord r : comparison) {
            for (Map.Entry<String, String> cell : r.toMap().entrySet()) {
                if (cell.getKey().contains("diff") && !cell.getValue().isEmpty()) {
                    assertEquals(0.0, Double.parseDouble(cell.getValue()), r.get("metric") + " " + cell.getKey());
                    checked++;
                }
            }
            if (Integer.parseInt(r.get("n")) >= 2) {
                assertEquals("1", r.get("p_value"), r.get("metric"));
                assertEquals("0", r.get("effect_size"), r.get("metric"));
                assertEquals("", r.get("replications_needed"), "no difference to detect");
            }
        }
        assertTrue(checked > 150, "difference cells checked: " + checked);
        for (CSVRecord r : read(oneThread.resolve("differences.csv"))) {
            if (!r.get("mean_difference").isEmpty()) assertEquals("0", r.get("mean_difference"));
        }
        // and run by run: replication k of B repeats replication k of A in every metric
        List<CSVRecord> runs = read(oneThread.resolve("runs.csv"));
        assertEquals(6, runs.size());
        for (int k = 0; k < 3; k++) {
            CSVRecord a = runs.get(k), b = runs.get(3 + k);
            assertEquals("a", a.get("scenario"));
            assertEquals("b", b.get("scenario"));
            assertEquals(a.get("replication"), b.get("replication"));
            assertEquals(a.get("seed"), b.get("seed"), "common random numbers");
            assertEquals(metrics(a), metrics(b));
        }
    }

    private static List<String> metrics(CSVRecord run) {
        List<String> values = new ArrayList<>();
        run.toMap().forEach((k, v) -> {
            if (k.contains(".")) values.add(k + "=" + v);
        });
        return values;
    }

    @Test
    void filesDoNotDependOnTheNumberOfThreads() throws IOException {
        for (String f : DATA) {
            assertArrayEquals(Files.readAllBytes(oneThread.resolve(f)), Files.readAllBytes(twoThreads.resolve(f)), f);
        }
        try (Stream<Path> s = Files.list(oneThread)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
                    "no parts or temporary files left");
        }
    }

    @Test
    void replicationKHasTheSeedOfReplicationKOfABatch() throws IOException {
        Path batch = tmp.resolve("batch");
        String[] args = {"batch", "scenarios/baseline.yaml", "--replications", "3", "--out", batch.toString(), "--quiet",
                "--set", "population.participants=20", "--set", "days=7", "--set", "burn_in_days=0"};
        assertEquals(0, rlcsim(args).status());
        List<CSVRecord> batchRuns = read(batch.resolve("runs.csv")), compareRuns = read(oneThread.resolve("runs.csv"));
        for (int k = 0; k < 3; k++) assertEquals(batchRuns.get(k).get("seed"), compareRuns.get(k).get("seed"));
    }

    @Test
    void writesAReportThatOpensFromDiskWithItsCharts() throws IOException {
        String page = Files.readString(oneThread.resolve("report.html"));
        assertTrue(page.length() > 100_000, "charts inline: " + page.length());
        assertTrue(page.contains("A and B gave exactly the same results in all 3 pairs of runs"), "the answer first");
        assertTrue(page.indexOf("id=\"answer\"") < page.indexOf("id=\"outcomes\""), "answer before the table");
        assertTrue(page.contains("rlcsim compare scenarios/baseline.yaml scenarios/baseline.yaml --replications 3"));
        assertFalse(page.contains("http://") || page.contains("https://"), "nothing fetched from the network");
        for (String chart : List.of("changes-at-end", "differences-over-time", "network-growth-everyone",
                "network-growth-came-to-the-rlc", "hospital-use-over-time-everyone", "hospital-use-over-time-came-to-the-rlc")) {
            for (String ext : List.of(".png", ".svg")) {
                Path f = oneThread.resolve("charts").resolve(chart + ext);
                assertTrue(Files.size(f) > 10_000, f + ": " + Files.size(f));
            }
            assertTrue(page.contains("id=\"fig-" + chart + "\""), chart + " in the page");
        }
        String manifest = Files.readString(oneThread.resolve("manifest.json"));
        assertTrue(manifest.contains("\"scenarios\" : {") && manifest.contains("\"reproduce\" : \"rlcsim compare"),
                manifest.substring(0, 400));
    }

    @Test
    void finishedResultsAreNotOverwrittenWithoutForce() {
        Outcome again = compare("scenarios/baseline.yaml", "scenarios/baseline.yaml", "--replications", "3",
                "--out", oneThread.toString(), "--quiet");
        assertEquals(2, again.status());
        assertTrue(again.err().contains("already holds results") && again.err().contains("--force"), again.err());
        Outcome resumed = compare("scenarios/baseline.yaml", "scenarios/baseline.yaml", "--replications", "3",
                "--out", oneThread.toString(), "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.out().contains("already finished"), resumed.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            rlc:\\n  staf: 3\\n | B.yaml:2: rlc.staf: unknown key (did you mean 'rlc.staff'?)
            days: 30\\n | B.yaml: days: 30 days observed, but scenarios/baseline.yaml observes 1095; compared scenarios need the same days (set both with --set days=N)
            scenario: ../scenarios/baseline.yaml\\nreplications: 3\\n | B.yaml: is an experiment file; compare takes two scenario files (run experiments with rlcsim batch)
            '' | B.yaml: the file is empty
            """)
    void badScenariosExitTwoNamingTheFileAndWriteNothing(String yaml, String expected) throws IOException {
        Path b = Files.writeString(tmp.resolve("B.yaml"), yaml.replace("\\n", "\n"));
        Path out = tmp.resolve("out");
        // without --set days=N, which would give both scenarios the same days; every file is checked before any run
        Outcome o = rlcsim("compare", "scenarios/baseline.yaml", b.toString(), "--out", out.toString());
        assertEquals(2, o.status(), o.err());
        assertEquals("rlcsim: " + tmp + "/" + expected + "\n", o.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --replications 0 | rlcsim: --replications: must be 2 to 1000000 (a comparison's intervals need two pairs of runs at least), got 0
            --replications 1 | rlcsim: --replications: must be 2 to 1000000 (a comparison's intervals need two pairs of runs at least), got 1
            --threads 0 | rlcsim: --threads: must be 1 or more, got 0
            """)
    void badOptionsExitTwo(String option, String expected) {
        Path out = tmp.resolve("out");
        String[] words = option.split(" ");
        Outcome o = compare("scenarios/baseline.yaml", "scenarios/no-rlc.yaml", words[0], words[1], "--out", out.toString());
        assertEquals(2, o.status());
        assertEquals(expected + "\n", o.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingFileOrScenarioExitsTwo() {
        Outcome missing = compare("scenarios/baseline.yaml", "no/such.yaml", "--out", tmp.resolve("o").toString());
        assertEquals(2, missing.status());
        assertEquals("rlcsim: no/such.yaml: no such file\n", missing.err());
        Outcome one = rlcsim("compare", "scenarios/baseline.yaml");
        assertEquals(2, one.status());
        assertTrue(one.err().contains("Missing required parameter: 'B'"), one.err());
    }

    @Test
    void helpSaysWhyTwentyReplications() {
        Outcome o = rlcsim("compare", "--help");
        assertEquals(0, o.status());
        assertTrue(o.out().contains("common random numbers") && o.out().contains("default: 20"), o.out());
    }
}
