package org.rlcsim.report;

import java.nio.file.Path;
import java.util.Locale;
import org.rlcsim.results.ComparedScenario;
import org.rlcsim.results.PairedComparison;
import org.rlcsim.scenario.ScenarioText;

/** How a comparison's scenarios and numbers are written in its report: plain words, signs, sensible decimals. */
final class ComparisonText {
    private static final String MINUS = "\u2212";
    /** Decimals beyond a measure's own that a small difference may need to show its interval. */
    private static final int MORE_DECIMALS = 3;

    private ComparisonText() {}

    /** A scenario as planners call it: its file's name, e.g. "peer-led". */
    static String name(ComparedScenario c) {
        return ScenarioText.baseName(Path.of(c.file()));
    }

    /** "A: baseline", as legends name the scenario. */
    static String label(String letter, ComparedScenario c) {
        return letter + ": " + name(c);
    }

    /**
     * Decimals for a difference: the measure's own, or more where the interval is narrower, so its
     * half-width shows at least one significant digit (a difference of 0.004 admissions is not
     * written 0.00).
     */
    static int decimals(Measure m, PairedComparison c) {
        double half = (c.differenceHigh() - c.differenceLow()) / 2 * m.scale();
        double size = Double.isNaN(half) || half == 0 ? Math.abs(c.difference() * m.scale()) : half;
        if (!(size > 0) || Double.isInfinite(size)) return m.decimals();
        int most = m.decimals() + MORE_DECIMALS;
        int decimals = Math.max(m.decimals(), Math.min(most, -(int) Math.floor(Math.log10(size))));
        // an end that leaves out zero must not be written as 0
        while (decimals < most && c.distinguishable() && (hidden(c.differenceLow() * m.scale(), decimals)
                || hidden(c.differenceHigh() * m.scale(), decimals))) {
            decimals++;
        }
        return decimals;
    }

    /** A value other than zero that would be written as 0 with these decimals. */
    private static boolean hidden(double v, int decimals) {
        return v != 0 && Math.abs(v) < 0.5 * Math.pow(10, -decimals);
    }

    /** A level of the measure in its unit: "12.1", "31.2%". */
    static String level(double value, Measure m) {
        if (Double.isNaN(value)) return "&mdash;";
        return OutcomeTable.number(value * m.scale(), m.decimals()) + (isShare(m) ? "%" : "");
    }

    /** A signed difference: "+0.8", "−0.01", and "0" without a sign. */
    static String signed(double value, int decimals) {
        String s = OutcomeTable.number(Math.abs(value), decimals);
        if (s.chars().noneMatch(ch -> ch >= '1' && ch <= '9')) return s;
        return (value < 0 ? MINUS : "+") + s;
    }

    /** A number that may be negative, with a proper minus sign: "−0.03", "0.01". */
    static String number(double value, int decimals) {
        String s = OutcomeTable.number(Math.abs(value), decimals);
        return value < 0 && s.chars().anyMatch(ch -> ch >= '1' && ch <= '9') ? MINUS + s : s;
    }

    /** The unit of a difference: shares change by percentage points, not per cent. */
    static String differenceUnit(Measure m) {
        return isShare(m) ? " percentage points" : "";
    }

    /** "95% CI −0.03 to 0.01" */
    static String interval(double low, double high, double scale, int decimals) {
        return "95% CI " + number(low * scale, decimals) + " to " + number(high * scale, decimals);
    }

    /** The ratio as a change in per cent of A's level: "+6.6%", with its interval, or "" when undefined. */
    static String percentChange(PairedComparison c) {
        if (Double.isNaN(c.ratio())) return "";
        return signed((c.ratio() - 1) * 100, 1) + "%";
    }

    static String percentInterval(PairedComparison c) {
        if (Double.isNaN(c.ratioLow())) return "";
        return number((c.ratioLow() - 1) * 100, 1) + "% to " + number((c.ratioHigh() - 1) * 100, 1) + "%";
    }

    static String pValue(double p) {
        if (Double.isNaN(p)) return "&mdash;";
        if (p < 0.001) return "&lt;0.001";
        return String.format(Locale.ROOT, p < 0.01 ? "%.3f" : "%.2f", p);
    }

    /** The outcome with its unit, in a sentence: "psychiatric admissions per person-year". */
    static String outcome(Measure m) {
        String label = m.label();
        String lower = label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
        // names such as "RLC peers and staff" keep their capitals
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) lower = label;
        return m.unit().startsWith("per ") ? lower + " " + m.unit() : lower;
    }

    static boolean isShare(Measure m) {
        return m.scale() == 100;
    }
}
