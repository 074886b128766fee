package org.rlcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Result files write numbers as plain decimals with 6 significant digits. */
class NumbersTest {

    @Test
    void examples() {
        assertEquals("0", Numbers.format(0.0));
        assertEquals("12.702", Numbers.format(12.702));
        assertEquals("0.394051", Numbers.format(0.39405123));
        assertEquals("0.000123457", Numbers.format(0.0001234567));
        assertEquals("-3.5", Numbers.format(-3.5));
        assertEquals("10", Numbers.format(9.9999999));
        assertEquals("1000000", Numbers.format(1_000_000.0));
        assertEquals("123457000", Numbers.format(123_456_789.0));
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("", Numbers.cell(null));
        assertEquals("7", Numbers.cell(7));
    }

    /** The same text as the String-building version the result files were first written with. */
    @Property(tries = 3000)
    void writesWhatTheFirstVersionWrote(@ForAll double v) {
        assertEquals(firstVersion(v), Numbers.format(v));
    }

    @Property
    void writesTheSameBytesIntoABuffer(@ForAll @DoubleRange(min = -1e16, max = 1e16) double v) {
        byte[] buf = new byte[Numbers.MAX_WRITTEN + 3];
        int end = Numbers.write(v, buf, 3);
        String written = end < 0 ? Numbers.format(v) : new String(buf, 3, end - 3, java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(Numbers.format(v), written);
    }

    private static String firstVersion(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "";
        if (v == 0) return "0";
        double abs = Math.abs(v);
        int exponent = (int) Math.floor(Math.log10(abs));
        int decimals = 5 - exponent;
        if (decimals < 0 || decimals >= 16 || abs >= 1e15) {
            String s = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
            return s.equals("-0") ? "0" : s;
        }
        long scaled = Math.round(abs * Math.pow(10, decimals));
        if (scaled == 0) return "0";
        if (scaled >= 1_000_000 && decimals > 0) {
            decimals--;
            scaled = Math.round(abs * Math.pow(10, decimals));
        }
        while (decimals > 0 && scaled % 10 == 0) {
            scaled /= 10;
            decimals--;
        }
        String digits = Long.toString(scaled);
        String sign = v < 0 ? "-" : "";
        if (decimals == 0) return sign + digits;
        if (digits.length() <= decimals) return sign + "0." + "0".repeat(decimals - digits.length()) + digits;
        int point = digits.length() - decimals;
        return sign + digits.substring(0, point) + "." + digits.substring(point);
    }

    @Property
    void agreesWithBigDecimalToSixDigits(@ForAll @DoubleRange(min = -1e7, max = 1e7) double v) {
        BigDecimal exact = new BigDecimal(v).round(new MathContext(6));
        BigDecimal written = new BigDecimal(Numbers.format(v).isEmpty() ? "0" : Numbers.format(v));
        // equal, or one unit in the sixth digit apart where binary rounding of v*10^k differs
        BigDecimal ulp = exact.ulp();
        assertEquals(true, exact.subtract(written).abs().compareTo(ulp) <= 0, v + " -> " + written + " vs " + exact);
        assertEquals(true, written.precision() <= 6 || written.stripTrailingZeros().precision() <= 6, "digits " + written);
    }
}
