package org.rlcsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rlcsim.observe.Group;

/**
 * Outcomes on the last day against the values of one varied key, a series per group: what a
 * sweep changes. Where several points share a value (other keys vary too) their means are averaged.
 */
final class SweepCharts {
    static final int WIDTH = 600;
    static final int HEIGHT = 420;

    private SweepCharts() {}

    static ReportFigure chart(Aggregates data, ParameterSweep sweep, int variedKeys, Measure m) {
        boolean join = sweep.joinDots(variedKeys);
        List<Group> drawn = new ArrayList<>();
        String axisLabel = PointText.keyWords(sweep.key()) + " (" + sweep.key() + ")";
        Plot plot = sweep.numeric() ? numericPlot(data, sweep, m, join, axisLabel, drawn)
                : categoryPlot(data, sweep, m, join, axisLabel, drawn);
        JFreeChart chart = ChartStyle.chart(sweepTitle(m, sweep), dotNote(data), plot, drawn, false);
        if (sweep.averages()) chart.addSubtitle(1, ChartStyle.note(averagingNote(sweep)));
        // what dots, bars and averaging mean is said once, above the charts (BatchReport)
        String caption = m.label() + " (" + m.unit() + ") on the last day, for each value of " + sweep.key() + "."
                + (sweep.averages() ? " Each dot averages the design points that share its value." : "")
                + (join ? "" : " Dots are not joined: neighbouring dots differ in the other keys as well.")
                + ChartStyle.absent(drawn);
        String name = "sweep-" + PointText.slug(sweep.key()) + "-" + PointText.slug(m.metric().key());
        return new ReportFigure(name, chart, WIDTH, HEIGHT, caption);
    }

    private static String averagingNote(ParameterSweep sweep) {
        int fewest = sweep.levels().stream().mapToInt(l -> l.points().size()).min().orElse(1);
        int most = sweep.levels().stream().mapToInt(l -> l.points().size()).max().orElse(1);
        String n = fewest == most ? Integer.toString(most) : fewest + " to " + most;
        return "Each dot averages the " + n + " design points with that value (other keys vary too)";
    }

    private static String sweepTitle(Measure m, ParameterSweep sweep) {
        return m.label() + ", by " + PointText.keyWords(sweep.key()).toLowerCase(Locale.ROOT);
    }

    private static XYPlot numericPlot(Aggregates data, ParameterSweep sweep, Measure m, boolean join, String axisLabel,
                                      List<Group> drawn) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(join);
        renderer.setCapLength(7);
        renderer.setErrorStroke(ChartStyle.WHISKER);
        for (Group g : ChartStyle.COMPARED) {
            YIntervalSeries s = new YIntervalSeries(ChartStyle.label(g), true, false);
            for (ParameterSweep.Level level : sweep.levels()) {
                averaged(data, level, g, m).ifPresent(e -> s.add(level.number(), e.mean(), e.low(), e.high()));
            }
            if (s.getItemCount() == 0) continue;
            int i = dataset.getSeriesCount();
            dataset.addSeries(s);
            style(renderer, i, g);
            drawn.add(g);
        }
        NumberAxis x = ChartStyle.valueAxis(axisLabel);
        x.setLowerMargin(0.06);
        x.setUpperMargin(0.06);
        XYPlot plot = new XYPlot(dataset, x, ChartStyle.valueAxis(m.unit()), renderer); // the title names the outcome
        ChartStyle.plainPlot(plot);
        return plot;
    }

    private static CategoryPlot categoryPlot(Aggregates data, ParameterSweep sweep, Measure m, boolean join,
                                             String axisLabel, List<Group> drawn) {
        DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
        StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(join, true);
        renderer.setUseSeriesOffset(true); // the groups' whiskers side by side rather than on top of each other
        renderer.setItemMargin(0.8);
        renderer.setErrorIndicatorStroke(ChartStyle.WHISKER);
        List<Estimate> shown = new ArrayList<>();
        for (Group g : ChartStyle.COMPARED) {
            boolean any = false;
            for (ParameterSweep.Level level : sweep.levels()) {
                Optional<Estimate> e = averaged(data, level, g, m);
                if (e.isEmpty()) continue;
                dataset.add(e.get().mean(), ChartStyle.whisker(e.get()), ChartStyle.label(g), level.text());
                shown.add(e.get());
                any = true;
            }
            if (!any) continue;
            style(renderer, dataset.getRowIndex(ChartStyle.label(g)), g);
            drawn.add(g);
        }
        CategoryAxis x = new CategoryAxis(axisLabel);
        x.setCategoryMargin(0.4);
        x.setLabelFont(ChartStyle.LABEL_FONT);
        x.setTickLabelFont(ChartStyle.TICK_FONT);
        NumberAxis y = ChartStyle.valueAxis(m.unit()); // the title names the outcome
        padded(y, shown);
        CategoryPlot plot = new CategoryPlot(dataset, x, y, renderer);
        ChartStyle.plainPlot(plot);
        return plot;
    }

    private static void style(AbstractRenderer renderer, int series, Group g) {
        renderer.setSeriesPaint(series, ChartStyle.color(g));
        renderer.setSeriesStroke(series, ChartStyle.LINE);
        renderer.setSeriesShape(series, ChartStyle.MARKER);
    }

    /** The average over the level's points that have a value on their last day. */
    private static Optional<Estimate> averaged(Aggregates data, ParameterSweep.Level level, Group g, Measure m) {
        List<Estimate> values = new ArrayList<>();
        for (int p : level.points()) data.last(p, g, m.metric()).ifPresent(e -> values.add(e.scaled(m.scale())));
        return values.isEmpty() ? Optional.empty() : Optional.of(Estimate.average(values));
    }

    /** The renderer draws whiskers symmetrically; an axis from zero or above hides any part below zero. */
    private static void padded(NumberAxis axis, List<Estimate> shown) {
        double low = shown.stream().mapToDouble(Estimate::low).min().orElse(0);
        double high = shown.stream().mapToDouble(Estimate::high).max().orElse(1);
        double pad = high > low ? (high - low) * 0.08 : Math.max(Math.abs(high) * 0.1, 0.1);
        axis.setRange(Math.max(0, low - pad), high + pad);
    }

    private static String dotNote(Aggregates data) {
        List<Long> runs = data.runsPerPoint();
        long min = runs.stream().mapToLong(Long::longValue).min().orElse(0);
        long max = runs.stream().mapToLong(Long::longValue).max().orElse(0);
        String n = min == max ? Long.toString(max) : min + " to " + max;
        if (max < 2) return "On the last day. Dots: a single run each, so no confidence interval";
        return "On the last day. Dots: mean of " + n + " runs; bars: 95% confidence interval";
    }
}
