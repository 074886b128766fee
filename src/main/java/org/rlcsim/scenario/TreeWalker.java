package org.rlcsim.scenario;

import static org.rlcsim.scenario.NodeText.describe;
import static org.rlcsim.scenario.NodeText.isNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Walks a YAML tree into a {@link RawScenario}, refusing unknown keys, misplaced sections
 * and keys set twice. Values are checked later, once overrides have been laid on top.
 * Keys may also be written dotted ({@code rlc.atmosphere.openness: 0.3}), at any level.
 */
final class TreeWalker {

    private final RawScenario target;
    private final Set<String> scalarKeys = ScenarioSchema.byPath().keySet();

    TreeWalker(RawScenario target) {
        this.target = target;
    }

    void walkRoot(Node root, Origin file) throws ScenarioException {
        if (!(root instanceof MappingNode map)) {
            throw file.at(root).error(null, "expected a mapping of keys to values at the top level, got "
                    + describe(root));
        }
        walkSection("", map, file);
    }

    /** Puts {@code value} at {@code path}: a scalar key, a section, or the schedule. */
    void walkValue(String path, Node value, Origin at) throws ScenarioException {
        if (scalarKeys.contains(path)) {
            RawValue earlier = target.scalars().putIfAbsent(path, new RawValue(value, at));
            if (earlier != null) throw at.error(path, "set twice" + firstOn(earlier.at()));
        } else if (path.equals(ScenarioSchema.SCHEDULE)) {
            if (target.schedule() != null) throw at.error(path, "set twice" + firstOn(target.scheduleAt()));
            target.setSchedule(schedule(value, at), at);
        } else if (SchemaPaths.isSection(path)) {
            if (isNull(value)) return; // an empty section leaves its keys at their defaults
            if (!(value instanceof MappingNode map)) {
                throw at.error(path, "expected a section (keys indented below it), got " + describe(value));
            }
            walkSection(path, map, at);
        } else if (path.startsWith(ScenarioSchema.SCHEDULE + "[")) {
            throw at.error(path, "unknown key; in a file, activities are the entries of the " + ScenarioSchema.SCHEDULE
                    + " list (the [i] form is for --set)");
        } else {
            throw at.error(path, "unknown key" + DidYouMean.hint(DidYouMean.closestPath(path, SchemaPaths.known())));
        }
    }

    /** One schedule entry; {@code index} names it in messages. */
    RawActivity activity(int index, Node item, Origin at) throws ScenarioException {
        String entry = ScenarioSchema.SCHEDULE + "[" + index + "]";
        if (!(item instanceof MappingNode map)) {
            throw at.error(entry, "expected an activity (a mapping with name, type, days and capacity), got "
                    + describe(item));
        }
        Map<String, RawValue> fields = new LinkedHashMap<>();
        Map<String, Origin> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Origin keyAt = at.at(t.getKeyNode());
            String name = keyName(t.getKeyNode(), keyAt, entry);
            String field = entry + "." + name;
            if (!ActivityFields.ALL.contains(name)) {
                throw keyAt.error(field, "unknown key" + DidYouMean.hint(DidYouMean.closest(name, ActivityFields.ALL)));
            }
            Origin first = seen.putIfAbsent(name, keyAt);
            if (first != null) throw keyAt.error(field, "appears twice in this activity" + firstOn(first));
            fields.put(name, new RawValue(t.getValueNode(), keyAt));
        }
        return new RawActivity(at, fields);
    }

    private void walkSection(String prefix, MappingNode map, Origin origin) throws ScenarioException {
        Map<String, Origin> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Origin at = origin.at(t.getKeyNode());
            String name = keyName(t.getKeyNode(), at, prefix);
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            Origin first = seen.putIfAbsent(name, at);
            if (first != null) throw at.error(path, "appears twice in this section" + firstOn(first));
            walkValue(path, t.getValueNode(), at);
        }
    }

    private List<RawActivity> schedule(Node value, Origin at) throws ScenarioException {
        List<RawActivity> activities = new ArrayList<>();
        if (isNull(value)) return activities;
        if (!(value instanceof SequenceNode list)) {
            throw at.error(ScenarioSchema.SCHEDULE, "expected a list of activities, got " + describe(value));
        }
        for (Node item : list.getValue()) activities.add(activity(activities.size(), item, at.at(item)));
        return activities;
    }

    static String keyName(Node key, Origin at, String where) throws ScenarioException {
        if (key instanceof ScalarNode s && !isNull(s) && !s.getValue().isBlank()) return s.getValue().strip();
        throw at.error(where.isEmpty() ? null : where, "expected a key name, got " + describe(key));
    }

    static String firstOn(Origin first) {
        return first != null && first.line() > 0 ? " (first on line " + first.line() + ")" : "";
    }
}
