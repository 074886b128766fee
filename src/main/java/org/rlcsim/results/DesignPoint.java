package org.rlcsim.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point of an experiment's design: the value given to each varied scenario key (dotted
 * path, e.g. {@code rlc.atmosphere.openness}), in the order the experiment file lists the keys.
 * Values are Doubles, Integers, Booleans or Strings ({@code on}/{@code off} for mechanisms).
 *
 * @param id the point's number, from 0, in the design's order
 */
public record DesignPoint(int id, Map<String, Object> values) {
    public DesignPoint {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
