package org.rlcsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a scenario file derived from {@link ScenarioSchema}: which dotted paths are
 * sections (mappings holding keys), and how keys nest, in schema order.
 */
final class SchemaPaths {

    /** Stands for {@code rlc.schedule} in {@link #layout()}. */
    static final Object SCHEDULE_SLOT = new Object();

    private static final Set<String> SECTIONS = sections();
    private static final List<String> ALL = all();

    private SchemaPaths() {}

    static boolean isSection(String path) {
        return SECTIONS.contains(path);
    }

    /** Every path a file may name: scalar keys, sections and the schedule, in schema order. */
    static List<String> known() {
        return ALL;
    }

    /**
     * The file's nesting, in schema order: a name maps to a {@link Key}, to a nested map for a
     * section, or to {@link #SCHEDULE_SLOT}. The schedule closes the {@code rlc} section.
     */
    static Map<String, Object> layout() {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Key k : ScenarioSchema.keys()) {
            String[] parts = k.path().split("\\.");
            sectionAt(root, parts, parts.length - 1).put(parts[parts.length - 1], k);
        }
        String[] schedule = ScenarioSchema.SCHEDULE.split("\\.");
        sectionAt(root, schedule, schedule.length - 1).put(schedule[schedule.length - 1], SCHEDULE_SLOT);
        return root;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sectionAt(Map<String, Object> root, String[] parts, int depth) {
        Map<String, Object> section = root;
        for (int i = 0; i < depth; i++) {
            section = (Map<String, Object>) section.computeIfAbsent(parts[i], p -> new LinkedHashMap<String, Object>());
        }
        return section;
    }

    private static Set<String> sections() {
        Set<String> s = new LinkedHashSet<>();
        List<String> paths = new ArrayList<>();
        for (Key k : ScenarioSchema.keys()) paths.add(k.path());
        paths.add(ScenarioSchema.SCHEDULE);
        for (String p : paths) {
            for (int dot = p.indexOf('.'); dot >= 0; dot = p.indexOf('.', dot + 1)) s.add(p.substring(0, dot));
        }
        return Collections.unmodifiableSet(s);
    }

    private static List<String> all() {
        List<String> a = new ArrayList<>();
        for (Key k : ScenarioSchema.keys()) a.add(k.path());
        a.add(ScenarioSchema.SCHEDULE);
        a.addAll(SECTIONS);
        return Collections.unmodifiableList(a);
    }
}
