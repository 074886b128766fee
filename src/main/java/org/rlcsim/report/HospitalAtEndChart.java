package org.rlcsim.report;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.rlcsim.observe.Group;

/** Hospital use on the last observed day: the whole observation's rates, a bar per group. */
final class HospitalAtEndChart {
    private HospitalAtEndChart() {}

    /** Admissions, bed-days and emergency visits over the whole observation, one panel each, side by side. */
    static ReportFigure figure(Aggregates data, int point, String pointNote, String suffix) {
        CategoryAxis groups = new CategoryAxis();
        groups.setTickLabelFont(ChartStyle.TICK_FONT);
        groups.setCategoryMargin(0.3);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(groups);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(24);
        for (Measure m : TimeSeriesCharts.HOSPITAL) plot.add(barPanel(data, point, m), 1);
        JFreeChart chart = ChartStyle.chart("Hospital use over the whole observation, per person-year",
                barNote(data.runs(point)), plot, List.of(), false);
        if (!pointNote.isEmpty()) chart.addSubtitle(1, ChartStyle.note(pointNote));
        String caption = "Psychiatric admissions, days in hospital and emergency department visits over the whole "
                + "observation, per person-year (one person followed for one year), for the groups as they stood on "
                + "the last day. Bars: the mean of the runs; whiskers: the 95% confidence interval of that mean. "
                + "People who came to the RLC count with that group for all of their time, including before they "
                + "first came.";
        return new ReportFigure("hospital-use-at-end" + suffix, chart, TimeSeriesCharts.WIDTH, 340, caption);
    }

    private static CategoryPlot barPanel(Aggregates data, int point, Measure m) {
        DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
        List<Group> columns = new ArrayList<>();
        List<Estimate> shown = new ArrayList<>();
        for (Group g : ChartStyle.COMPARED) {
            Optional<Estimate> e = data.last(point, g, m.metric()).map(x -> x.scaled(m.scale()));
            if (e.isEmpty()) continue;
            dataset.add(e.get().mean(), ChartStyle.whisker(e.get()), "mean", ChartStyle.label(g));
            columns.add(g);
            shown.add(e.get());
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return ChartStyle.color(columns.get(column));
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setErrorIndicatorStroke(ChartStyle.WHISKER);
        renderer.setMaximumBarWidth(0.35);
        NumberAxis values = ChartStyle.valueAxis(m.label()); // the title gives the unit
        fromZero(values, shown);
        CategoryPlot panel = new CategoryPlot(dataset, null, values, renderer);
        panel.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT); // under the bars, where readers look for it
        ChartStyle.plainPlot(panel);
        return panel;
    }

    /**
     * The renderer draws whiskers symmetrically; an axis from zero hides the part of a whisker below
     * zero (see Estimate.low).
     */
    private static void fromZero(NumberAxis axis, List<Estimate> shown) {
        double high = shown.stream().mapToDouble(Estimate::high).max().orElse(1);
        axis.setRange(0, high > 0 ? high * 1.08 : 1);
    }

    private static String barNote(long runs) {
        if (runs < 2) return "Bars: a single run, so no confidence interval";
        return "Bars: mean of " + runs + " runs; whiskers: 95% confidence interval";
    }
}
