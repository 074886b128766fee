package org.rlcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rlcsim.CsvRows.comparison;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlcsim.CsvRows;

/** Comparisons of scenarios whose difference has a known direction. */
class ComparisonTest {
    @TempDir
    Path tmp;

    private Experiment experiment(String a, String b, int replications, String... settings) throws Exception {
        Path fileA = Files.writeString(tmp.resolve("a.yaml"), a), fileB = Files.writeString(tmp.resolve("b.yaml"), b);
        return Experiments.compare(fileA, fileB, List.of(settings), replications);
    }

    private static Batch.Options options(boolean resume, BatchProgress progress) {
        return new Batch.Options(2, resume, false, progress, List.of("compare"), "rlcsim compare");
    }

    private List<CSVRecord> compare(String a, String b, int replications, String... settings) throws Exception {
        Path out = tmp.resolve("out");
        Batch.run(experiment(a, b, replications, settings), out, options(false, BatchProgress.NONE));
        return CsvRows.read(out.resolve(BatchFolder.COMPARISON));
    }

    @Test
    void anInterruptedComparisonResumesToTheSameFiles() throws Exception {
        Experiment e = experiment("seed: 4\n", "rlc:\n  staff: 2\n", 3, "population.participants=100", "days=40",
                "burn_in_days=20");
        Path whole = tmp.resolve("whole"), resumed = tmp.resolve("resumed");
        Batch.run(e, whole, options(false, BatchProgress.NONE));
        assertThrows(BatchTest.Interrupted.class, () -> Batch.run(e, resumed, options(false, new BatchTest.StopAfter(3))));
        assertFalse(Files.exists(resumed.resolve(BatchFolder.COMPARISON)));
        Batch.Outcome o = Batch.run(e, resumed, options(true, BatchProgress.NONE));
        assertTrue(o.alreadyDone() >= 3 && o.alreadyDone() < 6, "done before: " + o.alreadyDone());
        for (String f : List.of(BatchFolder.COMPARISON, BatchFolder.DIFFERENCES, BatchFolder.RUNS, BatchFolder.AGGREGATE)) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(resumed.resolve(f)), f);
        }
        assertTrue(Files.exists(resumed.resolve("report.html")));
    }

    @Test
    void aJudgmentFreeRlcGivesItsMembersMoreRlcTies() throws Exception {
        List<CSVRecord> rows = compare("rlc:\n  atmosphere:\n    judgment_free: 0.0\n",
                "rlc:\n  atmosphere:\n    judgment_free: 1.0\n", 6,
                "population.participants=300", "days=150", "burn_in_days=200");
        CSVRecord attenders = comparison(rows, "rlc_ties", "attenders");
        assertTrue(Double.parseDouble(attenders.get("difference")) > 0, attenders.toString());
        assertTrue(Double.parseDouble(attenders.get("ratio")) > 1, attenders.toString());
        CSVRecord everyone = comparison(rows, "rlc_ties", "all");
        assertTrue(Double.parseDouble(everyone.get("difference_ci_low")) > 0, "distinguishable: " + everyone);
        assertTrue(Double.parseDouble(everyone.get("p_value")) < 0.05, everyone.toString());
    }

    @Test
    void withoutTheRlcNobodyHasRlcTiesAndNobodyCameToCompare() throws Exception {
        List<CSVRecord> rows = compare("seed: 5\n", "seed: 9\nrlc:\n  enabled: false\n", 3,
                "population.participants=200", "days=30", "burn_in_days=150");
        CSVRecord everyone = comparison(rows, "rlc_ties", "all");
        assertEquals("0", everyone.get("b_mean"));
        assertTrue(Double.parseDouble(everyone.get("difference")) < 0, everyone.toString());
        assertEquals("0", everyone.get("ratio"), "B has none of A's RLC ties");
        // nobody came in B: attenders' outcomes are A's alone, with nothing to pair them with
        CSVRecord network = comparison(rows, "network_size", "attenders");
        assertEquals("0", network.get("n"));
        assertTrue(Double.parseDouble(network.get("a_mean")) > 0, network.toString());
        assertEquals("", network.get("b_mean"));
        assertEquals("", network.get("difference"));
        CSVRecord came = comparison(rows, "people", "attenders");
        assertEquals("0", came.get("b_mean"));
        assertEquals("3", came.get("n"));
    }
}
