package org.rlcsim.experiment;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder of a batch. While a batch runs, each finished run leaves its part files in
 * the hidden folder {@code .parts}, beside {@code .parts/experiment.yaml}, the experiment being
 * run: while that file is there the batch is unfinished and {@code --resume} can finish it. Every
 * file is written under a temporary name and renamed into place, so a file is either complete or
 * absent, whenever the process is killed. The results are renamed into place last of all
 * manifest.json, which so marks a finished batch; then {@code .parts} goes.
 */
public final class BatchFolder {
    public static final String PARTS = ".parts";
    public static final String RUNS = "runs.csv";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String AGGREGATE = "aggregate.csv";
    public static final String POINTS = "points.csv";
    public static final String ACTIVITIES = "activities.csv";
    public static final String ACTIVITIES_AGGREGATE = "activities_aggregate.csv";
    public static final String EXPERIMENT = "experiment.yaml";
    public static final String MANIFEST = "manifest.json";
    public static final String COMPARISON = "comparison.csv";
    public static final String DIFFERENCES = "differences.csv";
    /** What a batch writes; a new batch removes them, manifest.json first as it marks a finished batch. */
    private static final List<String> RESULTS = List.of(MANIFEST, EXPERIMENT, RUNS, TIMESERIES, AGGREGATE, POINTS,
            ACTIVITIES, ACTIVITIES_AGGREGATE, COMPARISON, DIFFERENCES);
    private static final String TEMPORARY = ".tmp";
    /** Held by the batch writing into the folder; the operating system lets go when the process ends, however it ends. */
    static final String LOCK = ".batch.lock";

    /** What the folder holds. */
    public enum State {
        /** nothing, or not there yet */
        EMPTY,
        /** a batch that was interrupted */
        UNFINISHED,
        /** a finished batch */
        FINISHED,
        /** something else */
        OTHER
    }

    /** What a file is written with, given the temporary path to write. */
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private final Path dir;
    private final Path parts;

    public BatchFolder(Path dir) {
        this.dir = dir;
        this.parts = dir.resolve(PARTS);
    }

    public Path dir() {
        return dir;
    }

    public State state() throws IOException, BatchFolderException {
        if (!Files.exists(dir)) return State.EMPTY;
        if (!Files.isDirectory(dir)) throw new BatchFolderException(dir + ": exists and is not a folder");
        if (Files.exists(parts.resolve(EXPERIMENT))) return State.UNFINISHED;
        if (Files.exists(dir.resolve(MANIFEST)) && Files.exists(dir.resolve(EXPERIMENT))) return State.FINISHED;
        try (Stream<Path> s = Files.list(dir)) {
            // a batch killed before it recorded its experiment has run nothing
            return s.allMatch(p -> p.getFileName().toString().equals(PARTS) || p.getFileName().toString().equals(LOCK))
                    ? State.EMPTY : State.OTHER;
        }
    }

    /** The folder held by one batch: closing it lets go. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final Path file;

        private Lock(FileChannel channel, Path file) {
            this.channel = channel;
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                Files.deleteIfExists(file);
            } finally {
                channel.close();
            }
        }
    }

    /**
     * Takes the folder for this batch, or refuses if another batch (in this or another process)
     * is writing into it: two batches in one folder would mix their parts.
     */
    public Lock lock() throws IOException, BatchFolderException {
        Files.createDirectories(dir);
        Path file = dir.resolve(LOCK);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            channel.close();
            throw new BatchFolderException(dir + ": another batch is writing into this folder; wait for it to end "
                    + "or choose another --out");
        }
        return new Lock(channel, file);
    }

    /** The experiment a batch in this folder was started with (unfinished) or ran (finished). */
    public String recordedExperiment(State state) throws IOException {
        Path f = state == State.UNFINISHED ? parts.resolve(EXPERIMENT) : dir.resolve(EXPERIMENT);
        return Files.readString(f, StandardCharsets.UTF_8);
    }

    /** Clears what an earlier batch left and records the experiment about to run. */
    public void start(String experimentYaml) throws IOException {
        Files.createDirectories(dir);
        for (String f : RESULTS) Files.deleteIfExists(dir.resolve(f));
        deleteTree(parts);
        Files.createDirectories(parts);
        write(parts.resolve(EXPERIMENT), f -> Files.writeString(f, experimentYaml, StandardCharsets.UTF_8));
    }

    /** Removes files a killed process was writing when it died. */
    public void removeTemporaryFiles() throws IOException {
        for (Path folder : List.of(dir, parts)) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.filter(BatchFolder::isTemporary).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** One of a run's part files, e.g. {@code .parts/run-000042.row.csv}. */
    public Path part(int run, String kind) {
        return parts.resolve(String.format("run-%06d.%s", run, kind));
    }

    public Path result(String name) {
        return dir.resolve(name);
    }

    /** Ends the batch: it no longer counts as unfinished, and its parts go. */
    public void finish() throws IOException {
        Files.deleteIfExists(parts.resolve(EXPERIMENT));
        deleteTree(parts);
    }

    /** Writes {@code target} under a temporary name, then renames it: complete or absent, never half-written. */
    public static void write(Path target, Content content) throws IOException {
        Path temporary = temporary(target);
        content.writeTo(temporary);
        rename(temporary, target);
    }

    /** Where {@code target} is written before it is renamed into place. */
    public static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + TEMPORARY);
    }

    /** Puts a written file in place in one step (a rename within the folder). */
    public static void rename(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isTemporary(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMPORARY) && Files.isRegularFile(p);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }
}
