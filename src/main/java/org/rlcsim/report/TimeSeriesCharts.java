package org.rlcsim.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rlcsim.experiment.AggregateRow;
import org.rlcsim.observe.Group;

/**
 * Charts of outcomes over the observed time of one design point: a panel per outcome, a line per
 * group (came to the RLC, never came) with its 95% band.
 */
final class TimeSeriesCharts {
    static final int WIDTH = 900;
    private static final int PANEL_HEIGHT = 185;
    private static final int FRAME_HEIGHT = 170; // title, subtitles, legend and time axis
    /**
     * Hospital rates are counts since day 0 divided by person-years so far: in the first weeks a
     * handful of admissions over few person-years swings them wildly and squashes the rest of the
     * chart, so rate charts start three months in (a quarter of the way into shorter runs).
     */
    private static final int RATES_FROM_DAY = 91;

    static final List<Measure> NETWORK = List.of(Measure.NETWORK_SIZE, Measure.FAMILY, Measure.RLC, Measure.OUTSIDE,
            Measure.COWORKERS);
    static final List<Measure> HOSPITAL = List.of(Measure.ADMISSIONS, Measure.BED_DAYS, Measure.ER_VISITS);
    static final List<Measure> STATES = List.of(Measure.ISOLATION, Measure.SELF_ESTEEM, Measure.COPING,
            Measure.IDENTITY);

    private final Aggregates data;
    private final int point;
    private final String pointNote;
    private final String suffix;
    private final TimeAxis time;

    /**
     * @param pointNote a line naming the design point, or "" for a single-point experiment
     * @param suffix appended to file names, e.g. "-point-2", or ""
     */
    TimeSeriesCharts(Aggregates data, int point, String pointNote, String suffix) {
        this.data = data;
        this.point = point;
        this.pointNote = pointNote;
        this.suffix = suffix;
        this.time = TimeAxis.forLastDay(data.lastDay(point));
    }

    ReportFigure networkGrowth() {
        return figure("network-growth", "People in each person's network, by who they are", NETWORK, 0,
                "How many people each person has a live tie with, and who they are: family, peers and staff met "
                        + "at the RLC, friends and community members outside it, and coworkers (as a share of "
                        + "the network, since coworkers are counted only that way). ");
    }

    ReportFigure hospitalUseOverTime() {
        int from = Math.min(RATES_FROM_DAY, data.lastDay(point) / 4);
        String left = from == RATES_FROM_DAY ? "three months" : from + " days";
        return figure("hospital-use-over-time", "Hospital use since observation began, per person-year", HOSPITAL,
                from, "Psychiatric admissions, days in hospital and emergency department visits from the start of "
                        + "observation to each day, per person-year (one person followed for one year). The first "
                        + left + " are left out: too little time had passed for a steady rate. ");
    }

    ReportFigure statesOverTime() {
        return figure("states-over-time", "Loneliness, self-esteem, coping and identity", STATES, 0,
                "Each person's feelings about themselves and others on the model's 0 to 1 scales: loneliness "
                        + "(higher is lonelier), self-esteem, coping, and identity, from seeing oneself as a mental "
                        + "patient (0) to a capable person (1). docs/outputs.md translates them into the points "
                        + "of the usual questionnaires. ");
    }

    private ReportFigure figure(String name, String title, List<Measure> measures, int fromDay, String what) {
        NumberAxis timeAxis = ChartStyle.valueAxis(time.label());
        timeAxis.setAutoRangeIncludesZero(true); // every chart starts when observation began
        timeAxis.setLowerMargin(0);
        timeAxis.setUpperMargin(0.01);
        timeAxis.setTickUnit(new NumberTickUnit(time.tickStep(data.lastDay(point))));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(timeAxis);
        plot.setGap(12);
        Set<Group> drawn = new LinkedHashSet<>();
        for (Measure m : measures) plot.add(panel(m, fromDay, drawn), 1);
        JFreeChart chart = ChartStyle.chart(title, bandNote(data.runs(point)), plot, List.copyOf(drawn), true);
        if (!pointNote.isEmpty()) chart.addSubtitle(1, ChartStyle.note(pointNote));
        String caption = what + "Lines: the mean of the runs; shaded bands: the 95% confidence interval of "
                + "that mean. \"Came to the RLC\" counts everyone who had come at least once by that day, so "
                + "the group grows over time; \"Never came\" is the rest of the same community." + ChartStyle.absent(drawn);
        int height = FRAME_HEIGHT + PANEL_HEIGHT * measures.size();
        return new ReportFigure(name + suffix, chart, WIDTH, height, caption);
    }

    /** One outcome: a line and band per group that has values. */
    private XYPlot panel(Measure m, int fromDay, Set<Group> drawn) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(ChartStyle.BAND_ALPHA);
        for (Group g : ChartStyle.COMPARED) {
            YIntervalSeries s = series(g, m, fromDay);
            if (s.getItemCount() == 0) continue;
            int i = dataset.getSeriesCount();
            dataset.addSeries(s);
            renderer.setSeriesPaint(i, ChartStyle.color(g));
            renderer.setSeriesFillPaint(i, ChartStyle.color(g));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            drawn.add(g);
        }
        NumberAxis values = ChartStyle.valueAxis(m.unit());
        values.setUpperMargin(0.3); // room for the panel's heading above the lines
        XYPlot panel = new XYPlot(dataset, null, values, renderer);
        ChartStyle.plainPlot(panel);
        ChartStyle.heading(panel, m.label());
        return panel;
    }

    private YIntervalSeries series(Group g, Measure m, int fromDay) {
        YIntervalSeries s = new YIntervalSeries(ChartStyle.label(g), false, true);
        for (AggregateRow r : data.series(point, g, m.metric())) {
            if (r.day() < fromDay || Double.isNaN(r.mean())) continue;
            Estimate e = Estimate.of(r).scaled(m.scale());
            s.add(time.at(r.day()), e.mean(), e.low(), e.high());
        }
        return s;
    }

    static String bandNote(long runs) {
        if (runs < 2) return "Lines: a single run, so no confidence band";
        return "Lines: mean of " + runs + " runs; bands: 95% confidence interval";
    }
}
