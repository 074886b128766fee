package org.rlcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher keeps C2 away from a list of classes and methods (its {@code c1_only} patterns).
 * The JVM ignores a pattern that names nothing, without a word: a renamed method would quietly go
 * back to C2. This test reads the list from {@code ./rlcsim} and checks each name.
 */
class C1OnlyPatternsTest {
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    @Test
    void everyClassAndMethodTheLauncherNamesExists() throws IOException {
        List<String> patterns = patterns();
        assertTrue(patterns.size() >= 20, "patterns found: " + patterns);
        for (String pattern : patterns) {
            String[] parts = pattern.split("::", -1);
            assertEquals(2, parts.length, "not class::method: " + pattern);
            String owner = parts[0];
            String method = parts[1];
            if (owner.endsWith(".*")) {
                String pkg = owner.substring(0, owner.length() - 2);
                if (pkg.startsWith("org.rlcsim.")) {
                    assertTrue(Files.isDirectory(Path.of("src/main/java", pkg.replace('.', '/'))), "no package " + pkg);
                }
                assertEquals("*", method, pattern);
                continue;
            }
            Class<?> c;
            try {
                c = Class.forName(owner);
            } catch (ClassNotFoundException e) {
                fail("no class " + owner + " (launcher pattern " + pattern + ")");
                return;
            }
            if (!method.equals("*")) {
                boolean found = Arrays.stream(c.getDeclaredMethods()).map(Method::getName).anyMatch(method::equals);
                assertTrue(found, "no method " + method + " in " + owner + " (launcher pattern " + pattern + ")");
            }
        }
    }

    /** The quoted patterns between {@code c1_only=(} and its closing parenthesis, comments left out. */
    private static List<String> patterns() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("rlcsim"));
        int start = lines.indexOf("c1_only=(");
        assertTrue(start >= 0, "./rlcsim has no c1_only list");
        List<String> patterns = new ArrayList<>();
        for (int i = start + 1; !lines.get(i).equals(")"); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#")) continue;
            Matcher m = QUOTED.matcher(line);
            while (m.find()) patterns.add(m.group(1));
        }
        return patterns;
    }
}
