package org.rlcsim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;

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
        byte[] digits = new byte[MAX_WRITTEN];
        int end = write(v, digits, 0);
        return end >= 0 ? new String(digits, 0, end, StandardCharsets.US_ASCII) : slow(v);
    }

    /** The most bytes {@link #write} writes. */
    static final int MAX_WRITTEN = 24;

    /**
     * Writes {@link #format}'s text of {@code v} as ASCII bytes into {@code buf} from {@code at},
     * which needs {@link #MAX_WRITTEN} bytes free, and returns where it ends; or returns -1,
     * writing nothing, for a number only {@link #format} can write (beyond 1e15 or below 1e-10).
     * The result files' numbers go straight into their byte buffers this way, without a String.
     */
    static int write(double v, byte[] buf, int at) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return at;
        if (v == 0) {
            buf[at] = '0';
            return at + 1;
        }
        double abs = Math.abs(v);
        int exponent = (int) Math.floor(Math.log10(abs));
        int decimals = DIGITS - 1 - exponent;
        if (decimals < 0 || decimals >= POW10.length || abs >= 1e15) return -1;
        long scaled = Math.round(abs * POW10[decimals]);
        if (scaled == 0) {
            buf[at] = '0';
            return at + 1;
        }
        // rounding may carry into a new digit (9.999995 -> 10.0000): one decimal fewer then
        if (scaled >= (long) POW10[DIGITS] && decimals > 0) {
            decimals--;
            scaled = Math.round(abs * POW10[decimals]);
        }
        while (decimals > 0 && scaled % 10 == 0) {
            scaled /= 10;
            decimals--;
        }
        int digits = 1;
        for (long rest = scaled / 10; rest > 0; rest /= 10) digits++;
        int i = at;
        if (v < 0) buf[i++] = '-';
        if (digits <= decimals) { // 0.000ddd
            buf[i++] = '0';
            buf[i++] = '.';
            for (int k = digits; k < decimals; k++) buf[i++] = '0';
            return digitsOf(scaled, buf, i, digits);
        }
        if (decimals == 0) return digitsOf(scaled, buf, i, digits);
        long unit = (long) POW10[decimals];
        i = digitsOf(scaled / unit, buf, i, digits - decimals);
        buf[i++] = '.';
        return digitsOf(scaled % unit, buf, i, decimals);
    }

    /** Writes {@code value} as exactly {@code count} digits, zeros in front where needed. */
    private static int digitsOf(long value, byte[] buf, int at, int count) {
        long rest = value;
        for (int k = at + count - 1; k >= at; k--) {
            buf[k] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return at + count;
    }

    private static String slow(double v) {
        String s = new BigDecimal(v).round(SIX).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
