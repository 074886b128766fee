package org.rlcsim.report;

import java.math.BigDecimal;
import java.math.MathContext;

/** How numbers are written to result files: plain decimals, 6 significant digits, stable across runs. */
public final class Numbers {
    private static final MathContext SIX = new MathContext(6);

    private Numbers() {}

    /** A cell: empty for null or NaN, integers as integers, other numbers rounded to 6 digits. */
    public static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof Double d) return format(d);
        if (value instanceof Float f) return format(f.doubleValue());
        return value.toString();
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "";
        if (v == 0) return "0";
        String s = new BigDecimal(v).round(SIX).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
