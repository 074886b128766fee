package org.rlcsim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlcsim.results.DesignPoint;

/**
 * The values one varied key takes across the design, each with the points that share it. Numbers
 * are drawn on a number line in order; anything else (on/off, names) as categories in the order
 * the design first uses them.
 */
final class ParameterSweep {
    /** One value of the key and the design points that have it. */
    record Level(Object value, List<Integer> points) {
        double number() { return ((Number) value).doubleValue(); }

        String text() { return PointText.value(value); }
    }

    private final String key;
    private final boolean numeric;
    private final List<Level> levels;

    private ParameterSweep(String key, boolean numeric, List<Level> levels) {
        this.key = key;
        this.numeric = numeric;
        this.levels = levels;
    }

    static ParameterSweep of(String key, List<DesignPoint> points) {
        boolean numeric = points.stream().allMatch(p -> p.values().get(key) instanceof Number);
        // numbers are matched by value so that 1 and 1.0 share a level; other values by their text
        Map<Object, List<Integer>> byValue = new LinkedHashMap<>();
        Map<Object, Object> firstValue = new LinkedHashMap<>();
        for (DesignPoint p : points) {
            Object v = p.values().get(key);
            Object match = numeric ? (Object) ((Number) v).doubleValue() : PointText.value(v);
            byValue.computeIfAbsent(match, k -> new ArrayList<>()).add(p.id());
            firstValue.putIfAbsent(match, v);
        }
        List<Level> levels = new ArrayList<>();
        byValue.forEach((match, ids) -> levels.add(new Level(firstValue.get(match), List.copyOf(ids))));
        if (numeric) levels.sort(Comparator.comparingDouble(Level::number));
        return new ParameterSweep(key, numeric, List.copyOf(levels));
    }

    String key() { return key; }

    boolean numeric() { return numeric; }

    List<Level> levels() { return levels; }

    /** Whether some value is shared by several points, whose results are then averaged. */
    boolean averages() { return levels.stream().anyMatch(l -> l.points().size() > 1); }

    /**
     * Joining the dots reads as "what happens as this key changes". That holds when this is the only
     * key varied, or in a balanced (factorial) design where each value is averaged over the same mix
     * of the others; in a Latin hypercube every dot also differs in the other keys, so they stay
     * unjoined.
     */
    boolean joinDots(int variedKeys) {
        if (variedKeys <= 1) return true;
        int size = levels.get(0).points().size();
        return size > 1 && levels.stream().allMatch(l -> l.points().size() == size);
    }
}
