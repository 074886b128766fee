package org.rlcsim.report;

import java.math.BigDecimal;
import java.math.MathContext;

/** How numbers are written to result files: plain decimals, 6 significant digits, stable across runs. */
public final class Numbers {
    private static final int DIGITS = 6;
    private static final MathContext SIX = new MathContext(DIGITS);
    private static final double[] POW10 = new double[16];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    }

    private Numbers() {}

    /** A cell: empty for null or NaN, integers as integers, other numbers rounded to 6 digits. */
    public static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof Double d) return format(d);
        if (value instanceof Float f) return format(f.doubleValue());
        return value.toString();
    }

    /**
     * Plain decimal with at most 6 significant digits and no trailing zeros; empty for NaN and
     * infinities. Scaled integer arithmetic keeps this fast for the millions of cells of a batch;
     * numbers too large or too small for it fall back to BigDecimal.
     */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "";
        if (v == 0) return "0";
        double abs = Math.abs(v);
        int exponent = (int) Math.floor(Math.log10(abs));
        int decimals = DIGITS - 1 - exponent;
        if (decimals < 0 || decimals >= POW10.length || abs >= 1e15) return slow(v);
        long scaled = Math.round(abs * POW10[decimals]);
        if (scaled == 0) return "0";
        // rounding may carry into a new digit (9.999995 -> 10.0000): one decimal fewer then
        if (scaled >= (long) POW10[DIGITS] && decimals > 0) {
            decimals--;
            scaled = Math.round(abs * POW10[decimals]);
        }
        while (decimals > 0 && scaled % 10 == 0) {
            scaled /= 10;
            decimals--;
        }
        String digits = Long.toString(scaled);
        StringBuilder b = new StringBuilder(digits.length() + decimals + 3);
        if (v < 0) b.append('-');
        if (decimals == 0) return b.append(digits).toString();
        if (digits.length() <= decimals) {
            b.append("0.");
            for (int i = digits.length(); i < decimals; i++) b.append('0');
            return b.append(digits).toString();
        }
        int point = digits.length() - decimals;
        return b.append(digits, 0, point).append('.').append(digits, point, digits.length()).toString();
    }

    private static String slow(double v) {
        String s = new BigDecimal(v).round(SIX).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
