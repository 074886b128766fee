package org.rlcsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rlcsim.results.DesignPoint;

/** How design points, their values and varied keys are written in charts and the report. */
final class PointText {
    private PointText() {}

    /** Numbers as in the result files (6 significant digits), anything else as given. */
    static String value(Object v) {
        if (v instanceof Double || v instanceof Float) return Numbers.format(((Number) v).doubleValue());
        return String.valueOf(v);
    }

    /** "Design point 2: rlc.atmosphere.openness = 0.5, mechanisms.leadership = off". */
    static String describe(DesignPoint p, List<String> keys) {
        List<String> parts = new ArrayList<>();
        for (String k : keys) parts.add(k + " = " + value(p.values().get(k)));
        return "Design point " + p.id() + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }

    /**
     * A key in words: its last part, e.g. "Openness" for rlc.atmosphere.openness; charts give the
     * full key beside it so nothing is lost.
     */
    static String keyWords(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "").replace('_', ' ');
        if (last.isBlank()) return key;
        return last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1);
    }

    /** A file-name-safe form of a key: rlc.schedule[0].capacity becomes rlc-schedule-0-capacity. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
