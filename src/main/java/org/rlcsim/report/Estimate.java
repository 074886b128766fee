package org.rlcsim.report;

import java.util.List;
import org.rlcsim.results.AggregateRow;

/**
 * A mean over runs with the half-width of its 95% confidence interval (NaN when there is none,
 * i.e. fewer than two runs), and the lowest value the quantity can take.
 *
 * @param floor 0 for every metric rlcsim reports (a count, share, rate or 0-to-1 state); minus
 *              infinity for a difference between two scenarios, which can go either way
 */
record Estimate(double mean, double halfWidth, double floor) {

    Estimate(double mean, double halfWidth) {
        this(mean, halfWidth, 0);
    }

    static Estimate of(AggregateRow row) {
        return new Estimate(row.mean(), (row.ciHigh() - row.ciLow()) / 2);
    }

    /** A difference B − A, whose interval may reach below zero. */
    static Estimate difference(AggregateRow row) {
        return new Estimate(row.mean(), (row.ciHigh() - row.ciLow()) / 2, Double.NEGATIVE_INFINITY);
    }

    boolean hasMean() { return !Double.isNaN(mean); }

    boolean hasInterval() { return !Double.isNaN(halfWidth); }

    /**
     * An interval reaching below the floor is an artefact of the symmetric t interval and is shown
     * cut at the floor.
     */
    double low() { return hasInterval() ? Math.max(floor, mean - halfWidth) : mean; }

    double high() { return hasInterval() ? mean + halfWidth : mean; }

    Estimate scaled(double factor) { return new Estimate(mean * factor, halfWidth * factor, floor * factor); }

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
        return new Estimate(sum / m, Math.sqrt(squares) / m, estimates.get(0).floor);
    }
}
