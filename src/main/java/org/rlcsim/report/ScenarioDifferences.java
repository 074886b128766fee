package org.rlcsim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rlcsim.scenario.Key;
import org.rlcsim.scenario.ScenarioSchema;

/**
 * What differs between two resolved scenarios, key by key, as a planner reads it: switches as
 * on/off, the timetable's activities matched by name (so an activity added in the middle shows
 * as one added activity, not as every later one changed), an activity only one scenario has as
 * one line. Works on the scenarios' trees, so new scenario keys show up without changes here.
 * The seed is left out: a comparison runs both scenarios with the same seeds.
 */
final class ScenarioDifferences {
    /**
     * One key that differs.
     *
     * @param key  the dotted key, e.g. {@code rlc.staff} or {@code rlc.schedule[Peer support group].days}
     * @param what the key's meaning from the schema, or "" (timetable entries)
     * @param a    its value in A, or null where A has no such entry
     * @param b    its value in B, or null
     */
    record Row(String key, String what, String a, String b) {}

    private static final String NAME = "name";
    private static final Set<String> LEFT_OUT = Set.of("seed");

    private ScenarioDifferences() {}

    static List<Row> of(Map<String, Object> a, Map<String, Object> b) {
        List<Row> rows = new ArrayList<>();
        diff("", a, b, rows);
        return rows;
    }

    private static void diff(String key, Object a, Object b, List<Row> rows) {
        if (LEFT_OUT.contains(key)) return;
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            Set<Object> names = new LinkedHashSet<>(ma.keySet());
            names.addAll(mb.keySet());
            for (Object n : names) diff(key.isEmpty() ? n.toString() : key + "." + n, ma.get(n), mb.get(n), rows);
        } else if (a instanceof List<?> la && b instanceof List<?> lb && entries(la) && entries(lb)) {
            Map<String, Object> ea = byName(la), eb = byName(lb);
            Set<String> names = new LinkedHashSet<>(ea.keySet());
            names.addAll(eb.keySet());
            for (String n : names) diff(key + "[" + n + "]", ea.get(n), eb.get(n), rows);
        } else if (!Objects.equals(text(key, a), text(key, b))) {
            Key k = ScenarioSchema.byPath().get(key);
            rows.add(new Row(key, k == null ? "" : k.doc(), text(key, a), text(key, b)));
        }
    }

    /** A list of maps, such as the timetable's activities. */
    private static boolean entries(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(e -> e instanceof Map<?, ?>);
    }

    /** Entries by their name where every entry has its own, else by position. */
    private static Map<String, Object> byName(List<?> list) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object e : list) {
            Object name = ((Map<?, ?>) e).get(NAME);
            if (name == null || out.containsKey(name.toString())) return byPosition(list);
            out.put(name.toString(), e);
        }
        return out;
    }

    private static Map<String, Object> byPosition(List<?> list) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) out.put(Integer.toString(i), list.get(i));
        return out;
    }

    /** A value as a scenario file would show it; a whole entry as "field: value; ..."; null for none. */
    private static String text(String key, Object v) {
        if (v == null) return null;
        if (v instanceof Boolean on) {
            Key k = ScenarioSchema.byPath().get(key);
            return k != null && k.kind() == Key.Kind.SWITCH ? (on ? "on" : "off") : on.toString();
        }
        if (v instanceof Map<?, ?> m) {
            List<String> fields = new ArrayList<>();
            m.forEach((f, x) -> fields.add(f + ": " + text("", x)));
            return String.join("; ", fields);
        }
        if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object x : list) items.add(text("", x));
            return "[" + String.join(", ", items) + "]";
        }
        return PointText.value(v);
    }
}
