package org.rlcsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.rlcsim.model.RlcModel;

/**
 * A fingerprint of the compiled code that decides what a run produces: the model and its
 * observation (classes under {@code org/rlcsim/model} and {@code org/rlcsim/observe}). A batch
 * records it, and {@code --resume} finishes only a batch made by the same code, so the runs of
 * two versions of the model never end up in one file. Changes elsewhere (reports, the command
 * line) leave it alone.
 */
public final class ModelBuild {
    private static final List<String> PACKAGES = List.of("org/rlcsim/model/", "org/rlcsim/observe/");
    private static volatile String fingerprint;

    /** What the fingerprint takes of one class file. */
    private record ClassFile(long size, long crc) {}

    private ModelBuild() {}

    /**
     * The first 12 hex digits of the SHA-256 of the classes' names, sizes and CRC-32 checksums, in
     * name order. A jar keeps each entry's size and checksum in its directory, so no class need be
     * read or hashed whole: reading and hashing them had taken 50 to 60 ms at the start of every
     * batch, in code not yet compiled.
     */
    public static String fingerprint() {
        String f = fingerprint;
        if (f == null) fingerprint = f = compute();
        return f;
    }

    private static String compute() {
        try {
            return of(Path.of(RlcModel.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint of the model's classes in {@code where}, a folder of classes or a jar. */
    static String of(Path where) {
        try {
            TreeMap<String, ClassFile> classes = Files.isDirectory(where) ? fromFolder(where) : fromJar(where);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer numbers = ByteBuffer.allocate(2 * Long.BYTES);
            for (var e : classes.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                numbers.clear();
                numbers.putLong(e.getValue().size()).putLong(e.getValue().crc());
                sha.update(numbers.array());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isModelClass(String name) {
        if (!name.endsWith(".class")) return false;
        for (String pkg : PACKAGES) if (name.startsWith(pkg)) return true;
        return false;
    }

    /** Size and CRC-32 of each class file under the model's packages, read from the files. */
    private static TreeMap<String, ClassFile> fromFolder(Path root) throws IOException {
        TreeMap<String, ClassFile> classes = new TreeMap<>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            List<Path> files = new ArrayList<>();
            try (Stream<Path> all = Files.walk(dir)) {
                all.filter(p -> p.toString().endsWith(".class")).forEach(files::add);
            }
            for (Path p : files) {
                byte[] bytes = Files.readAllBytes(p);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                classes.put(root.relativize(p).toString().replace('\\', '/'), new ClassFile(bytes.length, crc.getValue()));
            }
        }
        return classes;
    }

    /** The same, from the jar's directory. */
    private static TreeMap<String, ClassFile> fromJar(Path jar) throws IOException {
        TreeMap<String, ClassFile> classes = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> en = file.entries(); en.hasMoreElements(); ) {
                JarEntry e = en.nextElement();
                if (isModelClass(e.getName())) classes.put(e.getName(), new ClassFile(e.getSize(), e.getCrc()));
            }
        }
        return classes;
    }
}
