package org.rlcsim.report;

/**
 * How days since the start of observation are shown on a chart's time axis: in years for runs of
 * two years or more, in months for shorter runs, in weeks for very short ones, so the axis carries
 * a handful of round numbers a planner reads at a glance.
 */
record TimeAxis(String unit, double daysPerUnit) {
    private static final double DAYS_PER_YEAR = 365; // as in the per-person-year metrics

    static TimeAxis forLastDay(int lastDay) {
        if (lastDay >= 2 * DAYS_PER_YEAR) return new TimeAxis("Years", DAYS_PER_YEAR);
        if (lastDay >= 120) return new TimeAxis("Months", DAYS_PER_YEAR / 12);
        return new TimeAxis("Weeks", 7);
    }

    private static final double[] STEPS = {0.25, 0.5, 1, 2, 3, 4, 6, 12, 24, 52, 104};
    private static final int MOST_TICKS = 8;

    double at(int day) { return day / daysPerUnit; }

    /**
     * A round step with at most eight ticks (half years, quarters of a year in months, ...). Chosen
     * here rather than by JFreeChart, which measures labels differently for PNG and SVG and so gave
     * the two files different ticks.
     */
    double tickStep(int lastDay) {
        double span = at(lastDay);
        for (double step : STEPS) if (span / step <= MOST_TICKS) return step;
        return Math.ceil(span / MOST_TICKS);
    }

    String label() { return unit + " since observation began"; }
}
