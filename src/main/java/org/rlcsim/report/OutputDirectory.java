package org.rlcsim.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Results are written into a hidden staging folder beside the destination and moved into place
 * only when complete, so a failed or interrupted run leaves nothing half-written, and existing
 * results are replaced only when the user said {@code --force}.
 */
public final class OutputDirectory {
    private final Path destination;
    private final Path staging;

    private OutputDirectory(Path destination, Path staging) {
        this.destination = destination;
        this.staging = staging;
    }

    /** Thrown when the destination holds results and {@code --force} was not given. */
    public static final class NotEmptyException extends Exception {
        private static final long serialVersionUID = 1L;

        NotEmptyException(Path dir) {
            super(dir + ": already holds results; choose another --out or add --force to replace them");
        }
    }

    /** Checks the destination before any work is done. */
    public static void check(Path destination, boolean force) throws NotEmptyException, IOException {
        if (Files.exists(destination) && !Files.isDirectory(destination)) {
            throw new IOException(destination + ": exists and is not a folder");
        }
        if (!force && Files.isDirectory(destination) && !isEmpty(destination)) throw new NotEmptyException(destination);
    }

    public static OutputDirectory open(Path destination) throws IOException {
        Path abs = destination.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        return new OutputDirectory(abs, createStaging(parent, "." + abs.getFileName() + ".partial-"));
    }

    /**
     * A new folder named after this process and the time. Not {@code Files.createTempDirectory}:
     * its folder, which becomes the results folder, was readable by its owner alone, and its
     * random name cost the start of a secure random generator (about 20 ms of every run).
     */
    private static Path createStaging(Path parent, String prefix) throws IOException {
        String process = prefix + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(parent.resolve(process + System.nanoTime() + "-" + attempt));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) throw e;
            }
        }
    }

    /** Where files are written until {@link #commit()}. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** The folder files are written into until {@link #commit()}, for writers that name their own files. */
    public Path folder() {
        return staging;
    }

    /** Moves every staged file into the destination, replacing files of the same name. */
    public void commit() throws IOException {
        if (!Files.exists(destination)) {
            Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            for (Path f : files) {
                Path target = destination.resolve(f.getFileName().toString());
                if (Files.isDirectory(target)) deleteTree(target);
                Files.move(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.delete(staging);
    }

    /** Removes the staging folder after a failure. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // best effort: a leftover hidden folder is harmless
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
