package org.rlcsim.scenario;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Where a value came from, for messages: a file and line, a {@code --set} override (which
 * has no lines), or a file's defaults (no line either).
 *
 * @param file     the file as the user named it, or {@code --set}
 * @param line     1-based line, 0 when unknown
 * @param hasLines whether nodes from this source carry meaningful line numbers
 */
record Origin(String file, int line, boolean hasLines) {

    static final String OVERRIDE = "--set";

    static Origin ofFile(String name) {
        return new Origin(name, 0, true);
    }

    static Origin override() {
        return new Origin(OVERRIDE, 0, false);
    }

    /** This source at the line where {@code node} starts; values from {@code --set} stay line-less. */
    Origin at(Node node) {
        if (!hasLines || node == null || node.getStartMark() == null) return this;
        return new Origin(file, node.getStartMark().getLine() + 1, true);
    }

    /** The same source with no line, for values the user did not write (defaults). */
    Origin withoutLine() {
        return new Origin(file, 0, false);
    }

    ScenarioException error(String field, String problem) {
        return new ScenarioException(file, line, field, problem);
    }
}
