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
