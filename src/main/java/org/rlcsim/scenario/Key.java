package org.rlcsim.scenario;

/**
 * One scalar key of a scenario file: its dotted path, type, default, allowed range and a
 * one-line description (meaning and unit). The schedule is described by {@link ActivityFields}.
 */
public record Key(String path, Kind kind, Object defaultValue, double min, double max, String doc) {

    public enum Kind {
        /** a whole number */
        INT,
        /** a whole number that may exceed 32 bits (seeds) */
        LONG,
        /** a real number */
        DOUBLE,
        /** {@code on} or {@code off} (true/false accepted) */
        SWITCH,
        /** {@code true} or {@code false} */
        BOOLEAN
    }

    /** The range as a person would write it, e.g. "0 to 1" or "1 or more". */
    public String rangeText() {
        return switch (kind) {
            case SWITCH -> "on or off";
            case BOOLEAN -> "true or false";
            default -> {
                String lo = fmt(min), hi = fmt(max);
                if (max == Double.POSITIVE_INFINITY) yield lo + " or more";
                yield lo + " to " + hi;
            }
        };
    }

    private String fmt(double v) {
        if (kind != Kind.DOUBLE || v == Math.rint(v)) return String.valueOf((long) v);
        return String.valueOf(v);
    }
}
