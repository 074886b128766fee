package org.rlcsim.scenario;

import java.io.StringReader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML text to a node tree. Only the node tree is used (never object construction), so
 * nodes keep their lines and the raw text of scalars, whatever YAML 1.1 would make of them.
 */
final class YamlSource {

    private YamlSource() {}

    /** A whole scenario file; an empty one (nothing but comments) is refused. */
    static Node document(String text, Origin file) throws ScenarioException {
        Node root = compose(text, file, null);
        if (NodeText.isNull(root)) throw file.error(null, "the file is empty");
        return root;
    }

    /** The value of a {@code --set key=value}; an empty value is a null node. */
    static Node value(String text, String key) throws ScenarioException {
        Node n = compose(text, Origin.override(), key);
        return n != null ? n : new ScalarNode(Tag.NULL, "", null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static Node compose(String text, Origin origin, String field) throws ScenarioException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(body));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            int line = origin.hasLines() && m != null ? m.getLine() + 1 : 0;
            // the context says what the parser was doing ("expected a single document in the stream"),
            // the problem what it found ("but found another document"): together they read as a sentence
            String reason = e.getContext() == null ? e.getProblem()
                    : e.getProblem() == null ? e.getContext()
                    : e.getContext() + (e.getProblem().startsWith("but ") ? " " : ": ") + e.getProblem();
            throw new ScenarioException(origin.file(), line, field, "not valid YAML: " + firstLine(reason));
        } catch (YAMLException e) {
            throw new ScenarioException(origin.file(), 0, field, "not valid YAML: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) return "unreadable";
        return s.strip().split("\\R", 2)[0];
    }
}
