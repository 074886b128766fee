package org.rlcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Reading scenario text in tests, always under the name {@code bad.yaml}. */
final class Scenarios {

    static final String FILE = "bad.yaml";

    private Scenarios() {}

    static ResolvedScenario read(String yaml, String... overrides) throws ScenarioException {
        return ScenarioReader.read(FILE, yaml, List.of(overrides));
    }

    /** The one-line message reading {@code yaml} with {@code overrides} fails with. */
    static String error(String yaml, String... overrides) {
        return message(() -> read(yaml, overrides));
    }

    /** The message the defaults with {@code overrides} fail with. */
    static String setError(String... overrides) {
        return message(() -> ScenarioReader.defaults(List.of(overrides)));
    }

    static String message(Executable reading) {
        String m = assertThrows(ScenarioException.class, reading).getMessage();
        assertFalse(m.contains("\n") || m.contains("\r"), "message on one line: " + m);
        assertFalse(m.contains("Exception") || m.contains("org."), "message free of Java names: " + m);
        return m;
    }

    /** A schedule of one activity with the given extra field lines (each indented as a field). */
    static String oneActivity(String... fieldLines) {
        StringBuilder b = new StringBuilder("rlc:\n  schedule:\n    - name: Group\n");
        for (String line : fieldLines) b.append("      ").append(line).append('\n');
        return b.toString();
    }
}
