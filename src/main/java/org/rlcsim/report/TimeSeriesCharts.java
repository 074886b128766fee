package org.rlcsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rlcsim.results.AggregateRow;
import org.rlcsim.observe.Group;

/**
 * Charts of outcomes over the observed time: a panel per outcome, a line per group of one design
 * point (came to the RLC, never came) or, in a comparison, per scenario, each with its 95% band.
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
    private static final String GROUPS_CAPTION = "\"Came to the RLC\" counts everyone who had come at least once by "
            + "that day, so the group grows over time; \"Never came\" is the rest of the same community.";

    static final List<Measure> NETWORK = List.of(Measure.NETWORK_SIZE, Measure.FAMILY, Measure.RLC, Measure.OUTSIDE,
            Measure.COWORKERS);
    static final List<Measure> HOSPITAL = List.of(Measure.ADMISSIONS, Measure.BED_DAYS, Measure.ER_VISITS);
    static final List<Measure> STATES = List.of(Measure.ISOLATION, Measure.SELF_ESTEEM, Measure.COPING,
            Measure.IDENTITY);

    /** One line and its band: a group's series at one point of the data. */
    record Line(String label, Color color, Aggregates data, int point, Group group) {}

    private final List<Line> lines;
    private final String note;
    private final String suffix;
    private final String linesCaption;
    private final int lastDay;
    private final TimeAxis time;

    /**
     * The groups of one design point, as a batch shows them.
     *
     * @param pointNote a line naming the design point, or "" for a single-point experiment
     * @param suffix appended to file names, e.g. "-point-2", or ""
     */
    TimeSeriesCharts(Aggregates data, int point, String pointNote, String suffix) {
        this(ChartStyle.COMPARED.stream()
                .map(g -> new Line(ChartStyle.label(g), ChartStyle.color(g), data, point, g)).toList(),
                pointNote, suffix, GROUPS_CAPTION);
    }

    /**
     * Any lines, e.g. the same group in two scenarios.
     *
     * @param note a line under the subtitle, or ""
     * @param linesCaption what the lines are, for the caption
     */
    TimeSeriesCharts(List<Line> lines, String note, String suffix, String linesCaption) {
        this.lines = List.copyOf(lines);
        this.note = note;
        this.suffix = suffix;
        this.linesCaption = linesCaption;
        this.lastDay = lines.stream().mapToInt(l -> l.data().lastDay(l.point())).max().orElse(-1);
        this.time = TimeAxis.forLastDay(lastDay);
    }

    ReportFigure networkGrowth() {
        return figure("network-growth", "People in each person's network, by who they are", NETWORK,
                "How many people each person has a live tie with, and who they are: family, peers and staff met "
                        + "at the RLC, friends and community members outside it, and coworkers (as a share of "
                        + "the network, since coworkers are counted only that way). ");
    }

    ReportFigure hospitalUseOverTime() {
        String left = ratesFrom() == RATES_FROM_DAY ? "three months" : ratesFrom() + " days";
        return figure("hospital-use-over-time", "Hospital use since observation began, per person-year", HOSPITAL,
                "Psychiatric admissions, days in hospital and emergency department visits from the start of "
                        + "observation to each day, per person-year (one person followed for one year). The first "
                        + left + " are left out: too little time had passed for a steady rate. ");
    }

    ReportFigure statesOverTime() {
        return figure("states-over-time", "Loneliness, self-esteem, coping and identity", STATES,
                "Each person's feelings about themselves and others on the model's 0 to 1 scales: loneliness "
                        + "(higher is lonelier), self-esteem, coping, and identity, from seeing oneself as a mental "
                        + "patient (0) to a capable person (1). docs/outputs.md translates them into the points "
                        + "of the usual questionnaires. ");
    }

    /**
     * A chart of the given outcomes, a panel each; hospital rates start when they have settled.
     *
     * @param what the caption's opening: what the chart shows, ending in a space
     */
    ReportFigure figure(String name, String title, List<Measure> measures, String what) {
        NumberAxis timeAxis = ChartStyle.valueAxis(time.label());
        timeAxis.setAutoRangeIncludesZero(true); // every chart starts when observation began
        timeAxis.setLowerMargin(0);
        timeAxis.setUpperMargin(0.01);
        timeAxis.setTickUnit(new NumberTickUnit(time.tickStep(lastDay)));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(timeAxis);
        plot.setGap(12);
        Set<Line> drawn = new LinkedHashSet<>();
        for (Measure m : measures) plot.add(panel(m, HOSPITAL.contains(m) ? ratesFrom() : 0, drawn), 1);
        List<ChartStyle.LegendEntry> legend = new ArrayList<>();
        for (Line l : lines) if (drawn.contains(l)) legend.add(new ChartStyle.LegendEntry(l.label(), l.color()));
        long runs = lines.get(0).data().runs(lines.get(0).point());
        JFreeChart chart = ChartStyle.chartWithLegend(title, differences() ? differenceNote(runs) : bandNote(runs), plot,
                legend, true);
        if (!note.isEmpty()) chart.addSubtitle(1, ChartStyle.note(note));
        String caption = what + "Lines: the mean of the runs; shaded bands: the 95% confidence interval of "
                + "that mean. " + linesCaption
                + ChartStyle.absent(lines.stream().map(Line::label).toList(), legend.stream().map(ChartStyle.LegendEntry::label).toList());
        int height = FRAME_HEIGHT + PANEL_HEIGHT * measures.size();
        return new ReportFigure(name + suffix, chart, WIDTH, height, caption);
    }

    private int ratesFrom() {
        return Math.min(RATES_FROM_DAY, lastDay / 4);
    }

    /** One outcome: a line and band per line that has values; differences get a line at zero. */
    private XYPlot panel(Measure m, int fromDay, Set<Line> drawn) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(ChartStyle.BAND_ALPHA);
        for (Line l : lines) {
            YIntervalSeries s = series(l, m, fromDay);
            if (s.getItemCount() == 0) continue;
            int i = dataset.getSeriesCount();
            dataset.addSeries(s);
            renderer.setSeriesPaint(i, l.color());
            renderer.setSeriesFillPaint(i, l.color());
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            drawn.add(l);
        }
        NumberAxis values = ChartStyle.valueAxis(m.unit());
        values.setUpperMargin(0.3); // room for the panel's heading above the lines
        XYPlot panel = new XYPlot(dataset, null, values, renderer);
        ChartStyle.plainPlot(panel);
        ChartStyle.heading(panel, m.label());
        if (differences()) {
            panel.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
            withZero(values, dataset);
        }
        return panel;
    }

    /** Whether the lines are differences between scenarios, which can go either way from zero. */
    private boolean differences() {
        return lines.stream().anyMatch(l -> l.data().ofDifferences());
    }

    /** "No change" always in sight, with the same room for the heading as other panels. */
    private static void withZero(NumberAxis axis, YIntervalSeriesCollection dataset) {
        Range r = DatasetUtils.findRangeBounds(dataset, true);
        double low = Math.min(0, r == null ? 0 : r.getLowerBound()), high = Math.max(0, r == null ? 0 : r.getUpperBound());
        double span = high > low ? high - low : 1;
        axis.setRange(low - span * axis.getLowerMargin(), high + span * axis.getUpperMargin());
    }

    private YIntervalSeries series(Line l, Measure m, int fromDay) {
        YIntervalSeries s = new YIntervalSeries(l.label(), false, true);
        for (AggregateRow r : l.data().series(l.point(), l.group(), m.metric())) {
            if (r.day() < fromDay || Double.isNaN(r.mean())) continue;
            Estimate e = l.data().estimate(r).scaled(m.scale());
            s.add(time.at(r.day()), e.mean(), e.low(), e.high());
        }
        return s;
    }

    private static String differenceNote(long pairs) {
        if (pairs < 2) return "Lines: a single pair of runs, so no confidence band";
        return "Lines: mean difference over " + pairs + " pairs of runs; bands: 95% confidence interval";
    }

    static String bandNote(long runs) {
        if (runs < 2) return "Lines: a single run, so no confidence band";
        return "Lines: mean of " + runs + " runs; bands: 95% confidence interval";
    }
}
