package org.rlcsim.scenario;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value laid over a scenario by its dotted key, as {@code --set key=value} does, together
 * with where it was written, so that a bad value is reported there: {@code --set} for the
 * command line, or a file and line for an entry of an experiment file.
 */
public final class Setting {
    private final String key;
    private final Node value;
    private final Origin at;

    Setting(String key, Node value, Origin at) {
        this.key = key;
        this.value = value;
        this.at = at;
    }

    /** {@code key=value} as given on the command line; the value is a YAML flow value. */
    public static Setting parse(String keyEqualsValue) throws ScenarioException {
        Origin set = Origin.override();
        int eq = keyEqualsValue.indexOf('=');
        if (eq < 0) {
            throw set.error(keyEqualsValue.strip(), "expected key=value, e.g. population.participants=5000");
        }
        String key = keyEqualsValue.substring(0, eq).strip();
        if (key.isEmpty()) {
            throw set.error(null, NodeText.quote(keyEqualsValue)
                    + " has no key; expected key=value, e.g. population.participants=5000");
        }
        return new Setting(key, YamlSource.value(keyEqualsValue.substring(eq + 1), key), set);
    }

    /**
     * A value made by the program rather than written (a number drawn for a design point), taken
     * as the plain text given and reported at {@code file:line} when it is refused.
     */
    public static Setting of(String key, String text, String file, int line) {
        Node node = new ScalarNode(Tag.STR, text, null, null, DumperOptions.ScalarStyle.PLAIN);
        return new Setting(key, node, new Origin(file, line, false));
    }

    public String key() {
        return key;
    }

    /** The value as the user would write it: a scalar's text, or a list or mapping in flow style. */
    public String text() {
        return NodeText.flow(value);
    }

    /** Where it was written: a file name, or {@code --set}. */
    public String file() {
        return at.file();
    }

    /** 1-based line where it was written, 0 when it has none (command line). */
    public int line() {
        return at.line();
    }

    Node value() {
        return value;
    }

    Origin at() {
        return at;
    }

    @Override
    public String toString() {
        return key + "=" + text();
    }
}
