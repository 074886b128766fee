package org.rlcsim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
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

    private ModelBuild() {}

    /** The first 12 hex digits of the SHA-256 of the classes' names and bytes, in name order. */
    public static String fingerprint() {
        String f = fingerprint;
        if (f == null) fingerprint = f = compute();
        return f;
    }

    private static String compute() {
        try {
            Path where = Path.of(RlcModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            TreeMap<String, byte[]> classes = Files.isDirectory(where) ? fromFolder(where) : fromJar(where);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var e : classes.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update(e.getValue());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TreeMap<String, byte[]> fromFolder(Path root) throws IOException {
        TreeMap<String, byte[]> classes = new TreeMap<>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            List<Path> files = new ArrayList<>();
            try (Stream<Path> all = Files.walk(dir)) {
                all.filter(p -> p.toString().endsWith(".class")).forEach(files::add);
            }
            for (Path p : files) classes.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
        return classes;
    }

    private static TreeMap<String, byte[]> fromJar(Path jar) throws IOException {
        TreeMap<String, byte[]> classes = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> en = file.entries(); en.hasMoreElements(); ) {
                JarEntry e = en.nextElement();
                if (!e.getName().endsWith(".class") || PACKAGES.stream().noneMatch(e.getName()::startsWith)) continue;
                try (InputStream in = file.getInputStream(e)) {
                    classes.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return classes;
    }
}
