package org.rlcsim.report;

import java.util.List;
import org.rlcsim.experiment.AggregateRow;

/**
 * A mean over runs with the half-width of its 95% confidence interval (NaN when there is none,
 * i.e. fewer than two runs).
 */
record Estimate(double mean, double halfWidth) {

    static Estimate of(AggregateRow row) {
        return new Estimate(row.mean(), (row.ciHigh() - row.ciLow()) / 2);
    }

    boolean hasMean() { return !Double.isNaN(mean); }

    boolean hasInterval() { return !Double.isNaN(halfWidth); }

    /**
     * Every metric rlcsim reports is a count, share, rate or 0-to-1 state, so an interval reaching
     * below zero is an artefact of the symmetric t interval and is shown cut at zero.
     */
    double low() { return hasInterval() ? Math.max(0, mean - halfWidth) : mean; }

    double high() { return hasInterval() ? mean + halfWidth : mean; }

    Estimate scaled(double factor) { return new Estimate(mean * factor, halfWidth * factor); }

    /**
     * The average of independent means. Its half-width is sqrt(sum of squared half-widths) / m: exact
     * when every mean has the same number of runs if the same t quantile is kept, and a little wide
     * otherwise (the pooled degrees of freedom would be larger), which errs on the careful side.
     */
    static Estimate average(List<Estimate> estimates) {
        int m = estimates.size();
        if (m == 1) return estimates.get(0);
        double sum = 0;
        double squares = 0;
        for (Estimate e : estimates) {
            sum += e.mean;
            squares += e.halfWidth * e.halfWidth;
        }
        return new Estimate(sum / m, Math.sqrt(squares) / m);
    }
}
