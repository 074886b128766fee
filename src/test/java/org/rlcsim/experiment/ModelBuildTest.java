package org.rlcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model build that --resume checks: it changes with the model's code, and only with it. */
class ModelBuildTest {
    @TempDir
    Path tmp;

    private Path classes(String name, String modelBytes, String reportBytes) throws IOException {
        Path root = tmp.resolve(name);
        write(root.resolve("org/rlcsim/model/Person.class"), modelBytes);
        write(root.resolve("org/rlcsim/observe/GroupMetrics.class"), "observe");
        write(root.resolve("org/rlcsim/report/Charts.class"), reportBytes);
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The folder packed as a jar, as the build packs target/classes. */
    private Path jar(Path root) throws IOException {
        Path jar = tmp.resolve(root.getFileName() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void changesWithTheModelsCodeOnlyAndIsTheSameFromAJar() throws IOException {
        Path before = classes("before", "model v1", "report v1");
        Path reportChanged = classes("report", "model v1", "report v2");
        Path modelChanged = classes("model", "model v2", "report v1");
        String fingerprint = ModelBuild.of(before);

        assertEquals(12, fingerprint.length());
        assertEquals(fingerprint, ModelBuild.of(reportChanged));
        assertNotEquals(fingerprint, ModelBuild.of(modelChanged));
        assertEquals(fingerprint, ModelBuild.of(jar(before)));
        assertEquals(ModelBuild.of(modelChanged), ModelBuild.of(jar(modelChanged)));
    }
}
