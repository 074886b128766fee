package org.rlcsim.scenario;

import java.util.List;
import java.util.Map;
import org.rlcsim.model.params.Activity;

/**
 * A scenario after reading, overriding and validation: every scalar key with its value
 * (defaults filled in) and the timetable. Values are Long for LONG keys, Integer for INT,
 * Double for DOUBLE and Boolean for SWITCH and BOOLEAN keys.
 *
 * @param source   where it came from (a file name), for messages and the manifest
 * @param values   dotted path to value, in schema order
 * @param schedule the RLC's weekly timetable
 */
public record ResolvedScenario(String source, Map<String, Object> values, List<Activity> schedule) {

    public double d(String path) {
        return ((Number) get(path)).doubleValue();
    }

    public int i(String path) {
        return ((Number) get(path)).intValue();
    }

    public long l(String path) {
        return ((Number) get(path)).longValue();
    }

    public boolean b(String path) {
        return (Boolean) get(path);
    }

    private Object get(String path) {
        Object v = values.get(path);
        if (v == null) throw new IllegalStateException("scenario has no value for " + path);
        return v;
    }
}
