package org.rlcsim.scenario;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** How values written by the user are shown back in messages. */
final class NodeText {

    private static final int LONGEST_QUOTE = 60;

    private NodeText() {}

    /** True for a missing value: {@code key:} with nothing after it, {@code ~} or {@code null}. */
    static boolean isNull(Node n) {
        return n == null || (n instanceof ScalarNode s && Tag.NULL.equals(s.getTag()));
    }

    /** What the user wrote, for "got ..." in a message. */
    static String describe(Node n) {
        if (isNull(n)) return "nothing";
        if (n instanceof ScalarNode s) return quote(s.getValue());
        if (n instanceof SequenceNode) return "a list";
        if (n instanceof MappingNode) return "a mapping";
        return "something else";
    }

    /** A value in YAML flow style, as one would write it after {@code --set key=}: {@code 0.3}, {@code [mon, thu]}. */
    static String flow(Node n) {
        if (isNull(n)) return "";
        if (n instanceof ScalarNode s) return s.getValue();
        StringBuilder b = new StringBuilder();
        if (n instanceof SequenceNode list) {
            b.append('[');
            for (int i = 0; i < list.getValue().size(); i++) {
                if (i > 0) b.append(", ");
                b.append(flow(list.getValue().get(i)));
            }
            return b.append(']').toString();
        }
        if (n instanceof MappingNode map) {
            b.append('{');
            for (int i = 0; i < map.getValue().size(); i++) {
                if (i > 0) b.append(", ");
                b.append(flow(map.getValue().get(i).getKeyNode())).append(": ").append(flow(map.getValue().get(i).getValueNode()));
            }
            return b.append('}').toString();
        }
        return describe(n);
    }

    /** The user's text in quotes, on one line and cut short if long. */
    static String quote(String text) {
        String s = text.strip().replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "?");
        if (s.length() > LONGEST_QUOTE) s = s.substring(0, LONGEST_QUOTE - 3) + "...";
        return "'" + s + "'";
    }
}
