package org.rlcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches: files independent of threads, exact resume, and an output folder never mixed up. */
class BatchTest {
    /** Files that must be byte-identical however the batch was run (manifest.json has times). */
    private static final List<String> DATA = List.of(BatchFolder.RUNS, BatchFolder.TIMESERIES, BatchFolder.AGGREGATE,
            BatchFolder.POINTS, BatchFolder.EXPERIMENT);
    private static final List<String> SMALL = List.of("population.participants=100", "days=60", "burn_in_days=10");

    @TempDir
    static Path shared;
    static Experiment experiment;
    static Path reference;

    @TempDir
    Path tmp;

    @BeforeAll
    static void uninterrupted() throws Exception {
        Path file = Files.writeString(shared.resolve("two-points.yaml"), "scenario: " + Path.of("scenarios/baseline.yaml")
                .toAbsolutePath() + "\nseed: 3\nreplications: 3\nvary:\n  rlc.atmosphere.openness: [0.2, 0.8]\n");
        experiment = Experiments.load(file, SMALL, null);
        reference = shared.resolve("reference");
        Batch.run(experiment, reference, options(1, false, false, BatchProgress.NONE));
    }

    private static Batch.Options options(int threads, boolean resume, boolean force, BatchProgress progress) {
        return new Batch.Options(threads, resume, force, progress, List.of("batch"), "rlcsim batch two-points.yaml");
    }

    private static void assertSameData(Path expected, Path actual) throws IOException {
        for (String f : DATA) assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
        try (Stream<Path> s = Files.list(actual)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
                    "no parts or temporary files left");
        }
    }

    @Test
    void writesEveryFileWithOneLinePerRunAndPoint() throws IOException {
        assertEquals(7, Files.readAllLines(reference.resolve(BatchFolder.RUNS)).size());
        assertEquals(3, Files.readAllLines(reference.resolve(BatchFolder.POINTS)).size());
        assertEquals("point,rlc.atmosphere.openness", Files.readAllLines(reference.resolve(BatchFolder.POINTS)).get(0));
        assertTrue(Files.readAllLines(reference.resolve(BatchFolder.RUNS)).get(0)
                .startsWith("run,point,replication,seed,rlc.atmosphere.openness,all.network_size,"));
        List<String> aggregate = Files.readAllLines(reference.resolve(BatchFolder.AGGREGATE));
        assertEquals("point,day,group,metric,n,mean,sd,ci_low,ci_high", aggregate.get(0));
        assertTrue(aggregate.get(1).startsWith("0,0,all,network_size,3,"), aggregate.get(1));
        List<String> series = Files.readAllLines(reference.resolve(BatchFolder.TIMESERIES));
        assertEquals("run,day,group,metric,value", series.get(0));
        assertEquals((aggregate.size() - 1) * 3, series.size() - 1, "aggregate: one line per point for three runs' lines");
        assertTrue(Files.readString(reference.resolve(BatchFolder.MANIFEST)).contains("\"reproduce\" : \"rlcsim batch"));
    }

    @Test
    void filesDoNotDependOnTheNumberOfThreads() throws Exception {
        Path two = tmp.resolve("two");
        Batch.run(experiment, two, options(2, false, false, BatchProgress.NONE));
        assertSameData(reference, two);
    }

    @Test
    void anInterruptedBatchResumesToTheSameFiles() throws Exception {
        Path out = tmp.resolve("interrupted");
        assertThrows(Interrupted.class, () -> Batch.run(experiment, out, options(2, false, false, new StopAfter(2))));
        assertFalse(Files.exists(out.resolve(BatchFolder.MANIFEST)));
        // a part being written when the process died
        Files.writeString(out.resolve(BatchFolder.PARTS).resolve(".run-000005.row.csv.tmp"), "5,1,2,");
        AtomicInteger ran = new AtomicInteger();
        Batch.Outcome o = Batch.run(experiment, out, options(2, true, false, counting(ran)));
        assertTrue(o.alreadyDone() >= 2 && o.alreadyDone() < 6, "done before: " + o.alreadyDone());
        assertEquals(6 - o.alreadyDone(), ran.get(), "only the missing runs run");
        assertSameData(reference, out);
    }

    @Test
    void aBatchKilledWhilePuttingFilesTogetherResumesToTheSameFiles() throws Exception {
        Path out = tmp.resolve("assembling");
        BatchProgress dieOnAssembly = new StopAfter(Integer.MAX_VALUE) {
            @Override
            public void finished() {
                throw new Interrupted();
            }
        };
        assertThrows(Interrupted.class, () -> Batch.run(experiment, out, options(1, false, false, dieOnAssembly)));
        Files.writeString(out.resolve(BatchFolder.RUNS), "run,point\n0,0\n"); // as if renamed before the kill
        Files.writeString(out.resolve("." + BatchFolder.AGGREGATE + ".tmp"), "point,day,gr");
        AtomicInteger ran = new AtomicInteger();
        assertEquals(6, Batch.run(experiment, out, options(1, true, false, counting(ran))).alreadyDone());
        assertEquals(0, ran.get());
        assertSameData(reference, out);
    }

    @Test
    void resumingAFinishedBatchDoesNothing() throws Exception {
        Path out = tmp.resolve("finished");
        Batch.run(experiment, out, options(1, false, false, BatchProgress.NONE));
        long before = Files.getLastModifiedTime(out.resolve(BatchFolder.MANIFEST)).toMillis();
        assertTrue(Batch.run(experiment, out, options(1, true, false, BatchProgress.NONE)).wasFinished());
        assertEquals(before, Files.getLastModifiedTime(out.resolve(BatchFolder.MANIFEST)).toMillis());
    }

    @Test
    void resumingAnotherExperimentIsRefused() throws Exception {
        Path out = tmp.resolve("other");
        assertThrows(Interrupted.class, () -> Batch.run(experiment, out, options(1, false, false, new StopAfter(1))));
        Experiment more = Experiments.load(Path.of(experiment.file()), SMALL, 4);
        String m = assertThrows(BatchFolderException.class,
                () -> Batch.run(more, out, options(1, true, false, BatchProgress.NONE))).getMessage();
        assertEquals(out + ": holds a batch of another experiment (experiment.yaml line 9: 'replications: 3', now "
                + "'replications: 4'); resume it with the same file and options, or use --force instead of --resume "
                + "to start afresh", m);
    }

    @Test
    void resumingABatchBegunByAnotherBuildOfTheModelIsRefused() throws Exception {
        Path out = tmp.resolve("other-build");
        assertThrows(Interrupted.class, () -> Batch.run(experiment, out, options(1, false, false, new StopAfter(1))));
        Path recorded = out.resolve(BatchFolder.PARTS).resolve(BatchFolder.EXPERIMENT);
        String now = "model_build: " + ModelBuild.fingerprint();
        Files.writeString(recorded, Files.readString(recorded).replace(now, "model_build: 000000000000"));
        String m = assertThrows(BatchFolderException.class,
                () -> Batch.run(experiment, out, options(1, true, false, BatchProgress.NONE))).getMessage();
        assertEquals(out + ": holds a batch begun by another build of the model (model_build: 000000000000, now "
                + now + "); its runs cannot be mixed with this build's: use --force instead of --resume to start "
                + "afresh, or resume it with the program that began it", m);
        assertTrue(ModelBuild.fingerprint().matches("[0-9a-f]{12}"), ModelBuild.fingerprint());
    }

    @Test
    void resultsAreReplacedOnlyWithForce() throws Exception {
        Path out = tmp.resolve("full");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        String m = assertThrows(BatchFolderException.class,
                () -> Batch.run(experiment, out, options(1, false, false, BatchProgress.NONE))).getMessage();
        assertTrue(m.endsWith("already holds results; choose another --out, add --force to replace them, "
                + "or --resume to finish an interrupted batch"), m);
        assertEquals(List.of("notes.txt"), Files.list(out).map(p -> p.getFileName().toString()).toList(), "nothing written");
        assertThrows(BatchFolderException.class, () -> Batch.run(experiment, out, options(1, true, false, BatchProgress.NONE)),
                "nothing to resume there");
        Batch.run(experiment, out, options(1, false, true, BatchProgress.NONE));
        assertSameData(reference, out);
        assertEquals("mine", Files.readString(out.resolve("notes.txt")), "--force replaces a batch's files, not others");
    }

    @Test
    void twoBatchesNeverWriteIntoOneFolderAtOnce() throws Exception {
        Path out = tmp.resolve("shared");
        try (BatchFolder.Lock other = new BatchFolder(out).lock()) {
            String m = assertThrows(BatchFolderException.class,
                    () -> Batch.run(experiment, out, options(1, false, false, BatchProgress.NONE))).getMessage();
            assertEquals(out + ": another batch is writing into this folder; wait for it to end or choose another --out", m);
        }
        Batch.run(experiment, out, options(1, false, false, BatchProgress.NONE));
        assertSameData(reference, out);
        assertFalse(Files.exists(out.resolve(BatchFolder.LOCK)), "the lock goes with the batch");
    }

    static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Stands for a kill: the batch stops once {@code runs} runs have finished. */
    static class StopAfter implements BatchProgress {
        private final int runs;
        private final AtomicInteger done = new AtomicInteger();

        StopAfter(int runs) {
            this.runs = runs;
        }

        @Override
        public void started(int total, int alreadyDone) {}

        @Override
        public void runDone() {
            if (done.incrementAndGet() >= runs) throw new Interrupted();
        }

        @Override
        public void finished() {}
    }

    private static BatchProgress counting(AtomicInteger ran) {
        return new BatchProgress() {
            @Override
            public void started(int runs, int alreadyDone) {}

            @Override
            public void runDone() {
                ran.incrementAndGet();
            }

            @Override
            public void finished() {}
        };
    }
}
