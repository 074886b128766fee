package org.rlcsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jgrapht.graph.DefaultUndirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.graphml.GraphMLImporter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code rlcsim run} and {@code validate} as a user meets them: files, exit codes, messages. */
class CommandLineTest {
    private static final String SMALL = "population.participants=150";

    @TempDir
    Path tmp;

    /** Exit status, standard output and standard error of one command. */
    record Outcome(int status, String out, String err) {}

    static synchronized Outcome rlcsim(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.execute(args);
            return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path scenario(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void runWritesEveryFileAndSameSeedGivesIdenticalCsv() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        assertEquals(0, rlcsim("run", "scenarios/baseline.yaml", "--set", SMALL, "--days", "200", "--seed", "7",
                "--out", a.toString(), "--quiet").status());
        assertEquals(0, rlcsim("run", "scenarios/baseline.yaml", "--set", SMALL, "--days", "200", "--seed", "7",
                "--out", b.toString(), "--quiet").status());
        assertEquals(0, rlcsim("run", "scenarios/baseline.yaml", "--set", SMALL, "--days", "200", "--seed", "8",
                "--out", c.toString(), "--quiet").status());
        for (String f : new String[] {"timeseries.csv", "summary.csv", "agents.csv", "network.graphml", "manifest.json"}) {
            assertTrue(Files.size(a.resolve(f)) > 100, f + " written");
        }
        for (String f : new String[] {"timeseries.csv", "summary.csv", "agents.csv"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " reproducible");
        }
        assertFalse(Files.readString(a.resolve("agents.csv")).equals(Files.readString(c.resolve("agents.csv"))),
                "another seed, another run");
        String header = Files.readAllLines(a.resolve("timeseries.csv")).get(0);
        assertEquals("day,group,metric,value", header);
        String manifest = Files.readString(a.resolve("manifest.json"));
        assertTrue(manifest.contains("\"seed\" : 7") && manifest.contains("\"participants\" : 150"), manifest);
    }

    /** Results shared on a lab server: the folder gets the permissions of any folder its user makes. */
    @Test
    void theResultsFolderIsAsReadableAsAnyNewFolder() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path out = tmp.resolve("shared");
        assertEquals(0, rlcsim("run", "scenarios/baseline.yaml", "--set", SMALL, "--days", "7",
                "--out", out.toString(), "--quiet").status());
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    @Test
    void aSmallRunUsesOneThreadUnlessMoreAreAskedForAndTheManifestSaysHowMany() throws IOException {
        Path byDefault = tmp.resolve("default");
        Path asked = tmp.resolve("asked");
        assertEquals(0, rlcsim("run", "scenarios/baseline.yaml", "--set", SMALL, "--days", "7",
                "--out", byDefault.toString(), "--quiet").status());
        assertEquals(0, rlcsim("run", "scenarios/baseline.yaml", "--set", SMALL, "--days", "7", "--threads", "3",
                "--out", asked.toString(), "--quiet").status());
        assertTrue(Files.readString(byDefault.resolve("manifest.json")).contains("\"threads\" : 1,"));
        assertTrue(Files.readString(asked.resolve("manifest.json")).contains("\"threads\" : 3,"));
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertEquals(0, rlcsim("run", "scenarios/baseline.yaml", "--set", "population.participants=400", "--days", "200",
                "--threads", "1", "--out", one.toString(), "--quiet").status());
        assertEquals(0, rlcsim("run", "scenarios/baseline.yaml", "--set", "population.participants=400", "--days", "200",
                "--threads", "2", "--out", two.toString(), "--quiet").status());
        for (String f : new String[] {"timeseries.csv", "summary.csv", "agents.csv", "network.graphml"}) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void graphmlReadsBackWithEveryParticipant() throws IOException {
        Path out = tmp.resolve("g");
        assertEquals(0, rlcsim("run", "scenarios/baseline.yaml", "--set", SMALL, "--days", "60", "--out",
                out.toString(), "--quiet").status());
        var graph = new DefaultUndirectedGraph<String, DefaultEdge>(DefaultEdge.class);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        java.util.Map<String, String> roles = new java.util.HashMap<>();
        List<Double> strengths = new java.util.ArrayList<>();
        List<Integer> formed = new java.util.ArrayList<>();
        importer.addVertexAttributeConsumer((k, v) -> {
            if (k.getSecond().equals("role")) roles.put(k.getFirst(), v.getValue());
        });
        importer.addEdgeAttributeConsumer((k, v) -> {
            if (k.getSecond().equals("strength")) strengths.add(Double.parseDouble(v.getValue()));
            if (k.getSecond().equals("formed_day")) formed.add(Integer.parseInt(v.getValue()));
        });
        importer.importGraph(graph, out.resolve("network.graphml").toFile());
        assertTrue(graph.vertexSet().size() > 150 && graph.edgeSet().size() > 150,
                graph.vertexSet().size() + " nodes " + graph.edgeSet().size() + " edges");
        assertTrue(Files.readString(out.resolve("network.graphml")).contains("attr.name=\"type\""));
        for (int i = 0; i < 150; i++) assertEquals("participant", roles.get("n" + i), "node n" + i);
        assertEquals(graph.edgeSet().size(), strengths.size());
        assertTrue(strengths.stream().allMatch(x -> x > 0 && x <= 1), "strengths in (0, 1]");
        // ties made with the population are dated the day before the default 365-day burn-in
        assertEquals(-366, formed.stream().mapToInt(Integer::intValue).min().orElseThrow());
        assertTrue(formed.stream().anyMatch(d -> d >= 0), "ties formed during the observed days");
    }

    @Test
    void refusesToOverwriteResultsWithoutForce() throws IOException {
        Path out = tmp.resolve("r");
        assertEquals(0, rlcsim("run", "scenarios/baseline.yaml", "--set", SMALL, "--days", "30", "--out",
                out.toString(), "--quiet").status());
        long before = Files.getLastModifiedTime(out.resolve("summary.csv")).toMillis();
        Outcome again = rlcsim("run", "scenarios/baseline.yaml", "--set", SMALL, "--days", "30", "--out", out.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals(before, Files.getLastModifiedTime(out.resolve("summary.csv")).toMillis());
        assertEquals(0, rlcsim("run", "scenarios/baseline.yaml", "--set", SMALL, "--days", "30", "--out",
                out.toString(), "--force", "--quiet").status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key|seed: 1\\ndayz: 100\\n|unknown-key.yaml:2: dayz: unknown key (did you mean 'days'?)",
        "wrong type|seed: 1\\ndays: many\\n|wrong-type.yaml:2: days:",
        "out of range|rlc:\\n  atmosphere:\\n    openness: 7\\n|out-of-range.yaml:3: rlc.atmosphere.openness: 7",
        "empty file||empty-file.yaml",
        "not YAML|seed: [1, 2\\n|not-yaml.yaml:2: not valid YAML",
        "impossible schedule|rlc:\\n  schedule: []\\n|impossible-schedule.yaml:2: rlc.schedule",
        "unknown weekday|rlc:\\n  schedule:\\n    - {name: G, type: wellness, days: [mon, funday], capacity: 5}\\n"
                + "|unknown-weekday.yaml:3: rlc.schedule[0].days: 'funday' is not a day",
        "capacity 0|rlc:\\n  schedule:\\n    - {name: G, type: wellness, days: [mon], capacity: 0}\\n"
                + "|capacity-0.yaml:3: rlc.schedule[0].capacity: 0 is out of range",
        "double-booked room|rlc:\\n  schedule:\\n    - {name: A, type: wellness, days: [mon], room: R, capacity: 5}\\n"
                + "    - {name: B, type: training, days: [mon], room: R, capacity: 5}\\n"
                + "|double-booked-room.yaml:4: rlc.schedule[1].room: 'B' and rlc.schedule[0] 'A' both need room 'R'",
        "leaders without leadership|mechanisms:\\n  leadership: off\\nrlc:\\n  schedule:\\n"
                + "    - {name: G, type: peer_support, days: [mon], capacity: 5, facilitator: participant}\\n"
                + "|leaders-without-leadership.yaml:5: rlc.schedule[0].facilitator: 'participant' needs participants"})
    void badScenarioIsRefusedWithOneLineAndNothingWritten(String name, String text, String expected) throws IOException {
        Path file = scenario(name.replace(' ', '-').toLowerCase() + ".yaml", text == null ? "" : text.replace("\\n", "\n"));
        Path out = tmp.resolve("out-" + name.replace(' ', '-'));
        Outcome o = rlcsim("run", file.toString(), "--out", out.toString());
        assertEquals(2, o.status(), o.err());
        String[] lines = o.err().strip().split("\\R");
        assertEquals(1, lines.length, "one line: " + o.err());
        assertTrue(lines[0].contains(file.toString().replace(file.getFileName().toString(), "") + expected)
                || lines[0].contains(expected), lines[0]);
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
        assertFalse(Files.exists(out), "nothing written");
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no staging left");
        }
    }

    @Test
    void missingFileAndBadCommandLineValuesExitWithTwo() {
        Outcome missing = rlcsim("run", tmp.resolve("nope.yaml").toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("nope.yaml"), missing.err());
        Outcome badSet = rlcsim("run", "scenarios/baseline.yaml", "--set", "population.participant=10");
        assertEquals(2, badSet.status());
        assertTrue(badSet.err().contains("did you mean 'population.participants'"), badSet.err());
        Outcome badDays = rlcsim("run", "scenarios/baseline.yaml", "--days", "lots");
        assertEquals(2, badDays.status());
        assertEquals(1, badDays.err().strip().split("\\R").length, badDays.err());
        assertTrue(badDays.err().contains("--days") && badDays.err().contains("lots"), badDays.err());
        Outcome negativeDays = rlcsim("run", "scenarios/baseline.yaml", "--days", "-4", "--out", tmp.resolve("y").toString());
        assertEquals(2, negativeDays.status());
        assertTrue(negativeDays.err().contains("days"), negativeDays.err());
    }

    @Test
    void validateAddsUpTheTimetablesWeek() {
        Outcome base = rlcsim("validate", "scenarios/baseline.yaml");
        assertTrue(base.out().contains("# The RLC's week: 14 sessions (1 in the evening or at the weekend, when people "
                + "with a job can come), 299 seats, 28 staff hours."), base.out());
        Outcome evening = rlcsim("validate", "scenarios/planning/evening-peer-group.yaml");
        assertTrue(evening.out().contains("16 sessions (3 in the evening or at the weekend"), evening.out());
        assertTrue(evening.out().contains("31 staff hours."), evening.out());
        assertFalse(rlcsim("validate", "scenarios/no-rlc.yaml").out().contains("The RLC's week:"));
    }

    @Test
    void validatePrintsResolvedValuesAndEveryMechanismCanBeSwitchedOff() {
        Outcome ok = rlcsim("validate", "scenarios/baseline.yaml", "--set", "mechanisms.leadership=off");
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().contains("leadership: off"), ok.out());
        assertTrue(ok.out().contains("openness: 0.8"), ok.out());
        for (var t : org.rlcsim.model.Theme.values()) {
            assertEquals(0, rlcsim("validate", "scenarios/baseline.yaml", "--set", "mechanisms." + t.key() + "=off").status());
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"run", "validate", "bench", "batch", "compare"}) {
            Outcome o = rlcsim(cmd, "--help");
            assertEquals(0, o.status());
            assertTrue(o.out().contains("Usage: rlcsim " + cmd), o.out());
            // picocli formats help texts: a lone % in one ("95% confidence") garbles it, with a warning
            assertEquals("", o.err(), cmd);
        }
    }

    @Test
    void benchPrintsWallAndCpuTimePerSize() {
        Outcome o = rlcsim("bench", "--sizes", "40,80", "--days", "14", "--repeats", "1", "--threads", "1");
        assertEquals(0, o.status(), o.err());
        String[] lines = o.out().strip().split("\\R");
        assertTrue(lines[1].trim().startsWith("participants") && lines[1].contains("cpu_ns_per_agent_day"), o.out());
        for (int k = 0; k < 2; k++) {
            String[] cells = lines[2 + k].trim().split("\\s+");
            assertEquals(k == 0 ? "40" : "80", cells[0]);
            assertEquals(7, cells.length, lines[2 + k]);
            for (String c : cells) assertTrue(Double.parseDouble(c) >= 0, lines[2 + k]);
        }
        // then where each size's median run spent its time, phase by phase, in ns per agent-day
        int head = 4;
        while (head < lines.length && !lines[head].contains("everyday_life")) head++;
        assertEquals(List.of("participants", "sessions", "everyday_life", "deferred_changes", "evening", "ending_ties", "rest"),
                List.of(lines[head].trim().split("\\s+")));
        for (int k = 0; k < 2; k++) {
            String[] cells = lines[head + 1 + k].trim().split("\\s+");
            assertEquals(k == 0 ? "40" : "80", cells[0]);
            assertEquals(7, cells.length, lines[head + 1 + k]);
            // everyday life is the model's largest phase: it cannot have taken no time
            assertTrue(Double.parseDouble(cells[2]) > 0, lines[head + 1 + k]);
            for (String c : cells) assertTrue(Double.parseDouble(c) >= 0, lines[head + 1 + k]);
        }
    }
}
