package org.rlcsim.scenario;

import java.math.BigDecimal;

/** Numbers as a person writes them: {@code 0.0008}, not {@code 8.0E-4}; reads back to the same double. */
final class PlainNumber {

    private PlainNumber() {}

    static String of(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return String.valueOf(d);
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** A whole number for INT and LONG values, a decimal for doubles. */
    static String of(Object value) {
        return value instanceof Double d ? of(d.doubleValue()) : String.valueOf(value);
    }
}
