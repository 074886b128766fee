package org.rlcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.rlcsim.results.Comparison;
import org.rlcsim.results.PairedComparison;
import org.rlcsim.observe.Group;

/**
 * The change in each outcome from A to B at the end, as a per cent of A's level with its 95%
 * interval (Fieller's, for a ratio of paired means): one row per outcome, a dot per group, like
 * the forest plot of a review. Per cent puts outcomes of every unit on one axis.
 */
final class ChangesChart {
    private static final int ROW_HEIGHT = 36;
    private static final int FRAME_HEIGHT = 190;
    /** Rows of the two groups sit a little above and below the outcome's line. */
    private static final double OFFSET = 0.16;

    private ChangesChart() {}

    /**
     * @param note  a line naming A and B
     * @param pairs paired runs behind the comparison
     */
    static ReportFigure figure(Comparison atEnd, List<Measure> measures, String note, int pairs) {
        XIntervalSeriesCollection dataset = new XIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setCapLength(7);
        renderer.setErrorStroke(ChartStyle.WHISKER);
        List<Group> drawn = new ArrayList<>();
        boolean unbounded = false;
        List<Double> dots = new ArrayList<>(), ends = new ArrayList<>();
        for (int i = 0; i < ComparisonSummary.ANSWERED.size(); i++) {
            Group g = ComparisonSummary.ANSWERED.get(i);
            XIntervalSeries s = new XIntervalSeries(ChartStyle.label(g), false, true);
            double y0 = i == 0 ? -OFFSET : OFFSET;
            for (int row = 0; row < measures.size(); row++) {
                PairedComparison c = atEnd.of(measures.get(row).metric(), g);
                if (Double.isNaN(c.ratio())) continue;
                double x = (c.ratio() - 1) * 100;
                boolean bounded = !Double.isNaN(c.ratioLow());
                unbounded |= !bounded;
                dots.add(x);
                if (bounded) ends.addAll(List.of((c.ratioLow() - 1) * 100, (c.ratioHigh() - 1) * 100));
                s.add(x, bounded ? (c.ratioLow() - 1) * 100 : x, bounded ? (c.ratioHigh() - 1) * 100 : x, row + y0);
            }
            if (s.getItemCount() == 0) continue;
            int index = dataset.getSeriesCount();
            dataset.addSeries(s);
            renderer.setSeriesPaint(index, ChartStyle.color(g));
            renderer.setSeriesShape(index, ChartStyle.MARKER);
            drawn.add(g);
        }
        renderer.setErrorPaint(null); // whiskers in each series' own colour
        NumberAxis change = ChartStyle.valueAxis("Change from A to B, in % of A's level");
        boolean cut = range(change, dots, ends);
        SymbolAxis outcomes = new SymbolAxis(null, measures.stream().map(ChangesChart::rowLabel).toArray(String[]::new));
        outcomes.setInverted(true); // the first outcome on top, as it is read
        outcomes.setGridBandsVisible(false);
        outcomes.setTickLabelFont(ChartStyle.TICK_FONT);
        outcomes.setRange(-0.6, measures.size() - 0.4);
        XYPlot plot = new XYPlot(dataset, change, outcomes, renderer);
        ChartStyle.plainPlot(plot);
        plot.addDomainMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.2f)));
        JFreeChart chart = ChartStyle.chart("How much each outcome changes from A to B", subtitle(pairs), plot, drawn,
                false);
        chart.addSubtitle(1, ChartStyle.note(note));
        String caption = "Each outcome at the end of the runs in B, as a change from its level in A in per cent of "
                + "A's level: a fall from 30% to 27% of people who are lonely shows as -10%, a rise from 10 to 11 "
                + "people in the network as +10%. Dots: the change in the means over the paired runs; bars: its 95% "
                + "confidence interval (Fieller's interval for a ratio of paired means). A bar that crosses the "
                + "zero line is a change the runs cannot tell from none. \"Came to the RLC\" may be different "
                + "people in A and in B, since a change can change who comes; \"Everyone\" is the same community."
                + (unbounded ? " A dot without a bar has no bounded interval: A's level is too close to zero." : "")
                + (cut ? " Bars that reach the edge go on beyond it: their change is very uncertain." : "")
                + ChartStyle.absent(ComparisonSummary.ANSWERED.stream().map(ChartStyle::label).toList(),
                        drawn.stream().map(ChartStyle::label).toList());
        int height = FRAME_HEIGHT + ROW_HEIGHT * measures.size();
        return new ReportFigure("changes-at-end", chart, TimeSeriesCharts.WIDTH, height, caption);
    }

    /**
     * Every dot in sight with zero, and the bars as far as they stay readable: a very uncertain
     * change (a ratio of two small rates) could otherwise stretch the axis until the other bars
     * shrink to dots. Bars are cut at -100% and at twice the largest change or 100%, whichever is more.
     *
     * @return whether some bar is cut
     */
    private static boolean range(NumberAxis axis, List<Double> dots, List<Double> ends) {
        double low = 0, high = 0, largest = 0;
        for (double d : dots) {
            low = Math.min(low, d);
            high = Math.max(high, d);
            largest = Math.max(largest, Math.abs(d));
        }
        double floor = Math.min(low, -100), ceiling = Math.max(high, Math.max(100, 2 * largest));
        boolean cut = false;
        for (double e : ends) {
            cut |= e < floor || e > ceiling;
            low = Math.min(low, Math.max(e, floor));
            high = Math.max(high, Math.min(e, ceiling));
        }
        double pad = Math.max((high - low) * 0.05, 1);
        axis.setRange(low - pad, high + pad);
        return cut;
    }

    /** The outcome with its unit when that is a rate, e.g. "Psychiatric admissions per person-year". */
    private static String rowLabel(Measure m) {
        return m.unit().startsWith("per ") ? m.label() + " " + m.unit() : m.label();
    }

    private static String subtitle(int pairs) {
        return "At the end. Dots: change in the mean over " + pairs + " paired runs; bars: 95% confidence interval";
    }
}
