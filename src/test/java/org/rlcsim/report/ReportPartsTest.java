package org.rlcsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.rlcsim.results.AggregateRow;
import org.rlcsim.results.DesignPoint;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;

/** The pieces the report is built from: datasets behind the charts, sweeps, axes, numbers. */
class ReportPartsTest {
    private static final BatchReportInput SWEEP = SyntheticBatch.sweep();
    private static final Aggregates DATA = new Aggregates(SWEEP.aggregate());

    @Test
    void timeChartsHaveAPanelPerOutcomeAndASeriesPerGroupOverEveryDay() {
        TimeSeriesCharts charts = new TimeSeriesCharts(DATA, 2, "Design point 2", "-point-2");
        assertPanels(charts.networkGrowth().chart(), TimeSeriesCharts.NETWORK.size(), 50);
        assertPanels(charts.statesOverTime().chart(), TimeSeriesCharts.STATES.size(), 50);
        // a quarter of the 49 days is left out of the hospital rates: days 12 to 49
        assertPanels(charts.hospitalUseOverTime().chart(), TimeSeriesCharts.HOSPITAL.size(), 38);
        assertEquals("network-growth-point-2", charts.networkGrowth().name());
    }

    @Test
    void timeChartLinesAndBandsAreTheMeansAndIntervals() {
        JFreeChart chart = new TimeSeriesCharts(DATA, 1, "", "").networkGrowth().chart();
        XYPlot coworkers = (XYPlot) ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(4);
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) coworkers.getDataset();
        assertEquals("Came to the RLC", d.getSeriesKey(0));
        assertEquals("Never came", d.getSeriesKey(1));
        // coworker share on the last day, attenders, point 1: 0.2 x 1.2 x 1.1, shown as a percentage
        int last = d.getItemCount(0) - 1;
        assertEquals(7, d.getXValue(0, last), 1e-9); // day 49 is week 7
        assertEquals(26.4, d.getYValue(0, last), 1e-9);
        assertEquals(26.4 * 0.9, d.getStartYValue(0, last), 1e-9);
        assertEquals(26.4 * 1.1, d.getEndYValue(0, last), 1e-9);
    }

    @Test
    void groupWithNobodyIsLeftOutAndTheCaptionSaysSo() {
        // as without an RLC: nobody ever came, so every attender value is empty
        List<AggregateRow> rows = SyntheticBatch.rows(1, List.of(Group.ATTENDERS, Group.NON_ATTENDERS), 49, 7)
                .stream().map(r -> r.group() == Group.ATTENDERS
                        ? new AggregateRow(0, r.day(), r.group(), r.metric(), 0, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN) : r).toList();
        ReportFigure f = new TimeSeriesCharts(new Aggregates(rows), 0, "", "").statesOverTime();
        XYPlot isolation = (XYPlot) ((CombinedDomainXYPlot) f.chart().getPlot()).getSubplots().get(0);
        assertEquals(1, isolation.getDataset().getSeriesCount());
        assertEquals("Never came", isolation.getDataset().getSeriesKey(0));
        assertTrue(f.caption().endsWith("\"Came to the RLC\" has no values here: nobody was in that group."));
    }

    @Test
    void hospitalAtTheEndHasABarPerGroupInEachPanel() {
        JFreeChart chart = HospitalAtEndChart.figure(DATA, 0, "", "").chart();
        List<?> panels = ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
        assertEquals(3, panels.size());
        DefaultStatisticalCategoryDataset admissions =
                (DefaultStatisticalCategoryDataset) ((CategoryPlot) panels.get(0)).getDataset();
        assertEquals(List.of("Came to the RLC", "Never came"), admissions.getColumnKeys());
        assertEquals(0.6, admissions.getMeanValue("mean", "Came to the RLC").doubleValue(), 1e-9);
        assertEquals(0.06, admissions.getStdDevValue("mean", "Came to the RLC").doubleValue(), 1e-9);
    }

    @Test
    void numericSweepAveragesThePointsThatShareAValue() {
        ParameterSweep openness = ParameterSweep.of(SyntheticBatch.OPENNESS, SWEEP.points());
        assertTrue(openness.numeric());
        assertEquals(List.of(List.of(0, 1), List.of(2, 3)), openness.levels().stream().map(ParameterSweep.Level::points).toList());
        assertTrue(openness.averages());
        assertTrue(openness.joinDots(2), "a balanced factorial");

        JFreeChart chart = SweepCharts.chart(DATA, openness, 2, Measure.FRIENDS).chart();
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) ((XYPlot) chart.getPlot()).getDataset();
        assertEquals(2, d.getSeriesCount());
        assertEquals(2, d.getItemCount(0));
        assertEquals(0.8, d.getXValue(0, 1), 1e-9);
        // friends of attenders at points 2 and 3: 2 x 1.2 x 1.2 and 2 x 1.2 x 1.3, half-widths a tenth of each
        double mean = (2.88 + 3.12) / 2;
        double half = Math.sqrt(0.288 * 0.288 + 0.312 * 0.312) / 2;
        assertEquals(mean, d.getYValue(0, 1), 1e-9);
        assertEquals(mean + half, d.getEndYValue(0, 1), 1e-9);
    }

    @Test
    void onOffSweepIsACategoryChartInTheDesignsOrder() {
        ParameterSweep leadership = ParameterSweep.of(SyntheticBatch.LEADERSHIP, SWEEP.points());
        assertFalse(leadership.numeric());
        JFreeChart chart = SweepCharts.chart(DATA, leadership, 2, Measure.LONELY).chart();
        DefaultStatisticalCategoryDataset d = (DefaultStatisticalCategoryDataset) ((CategoryPlot) chart.getPlot()).getDataset();
        assertEquals(List.of("Came to the RLC", "Never came"), d.getRowKeys());
        assertEquals(List.of("on", "off"), d.getColumnKeys());
        // lonely non-attenders with leadership on: points 0 and 2, 0.3 x 1.0 and 0.3 x 1.2, as percentages
        assertEquals(33.0, d.getMeanValue("Never came", "on").doubleValue(), 1e-9);
    }

    @Test
    void dotsOfALatinHypercubeAreNotJoined() {
        List<DesignPoint> lhs = List.of(new DesignPoint(0, Map.of("a", 0.1, "b", 3)),
                new DesignPoint(1, Map.of("a", 0.5, "b", 1)), new DesignPoint(2, Map.of("a", 0.3, "b", 2)));
        ParameterSweep a = ParameterSweep.of("a", lhs);
        assertEquals(List.of(0.1, 0.3, 0.5), a.levels().stream().map(ParameterSweep.Level::number).toList());
        assertFalse(a.averages());
        assertFalse(a.joinDots(2));
        assertTrue(a.joinDots(1));
        // integers and doubles of the same value are one level
        ParameterSweep mixed = ParameterSweep.of("n", List.of(new DesignPoint(0, Map.of("n", 1)),
                new DesignPoint(1, Map.of("n", 1.0))));
        assertEquals(1, mixed.levels().size());
    }

    @Test
    void averageOfEstimatesCombinesHalfWidths() {
        Estimate e = Estimate.average(List.of(new Estimate(1, 0.3), new Estimate(3, 0.4)));
        assertEquals(2, e.mean(), 1e-12);
        assertEquals(0.25, e.halfWidth(), 1e-12);
        assertEquals(0, new Estimate(0.1, 0.3).low(), 0, "cut at zero");
        Estimate single = Estimate.of(new AggregateRow(0, 0, Group.ALL, Metric.COPING, 1, 0.5, Double.NaN,
                Double.NaN, Double.NaN));
        assertFalse(single.hasInterval());
        assertEquals(0.5, single.low());
        assertEquals(0.5, single.high());
    }

    @Test
    void timeAxisReadsInYearsMonthsOrWeeks() {
        TimeAxis years = TimeAxis.forLastDay(1094);
        assertEquals("Years since observation began", years.label());
        assertEquals(3, years.at(1095), 1e-12);
        assertEquals(0.5, years.tickStep(1094));
        assertEquals("Months since observation began", TimeAxis.forLastDay(364).label());
        assertEquals(2, TimeAxis.forLastDay(364).tickStep(364));
        assertEquals("Weeks since observation began", TimeAxis.forLastDay(49).label());
        assertEquals(1, TimeAxis.forLastDay(49).tickStep(49));
    }

    @Test
    void numbersAreWrittenTheSameEverywhere() {
        assertEquals("1,094", OutcomeTable.number(1094, 0));
        assertEquals("0.00", OutcomeTable.number(-0.001, 2));
        assertEquals("12.35", OutcomeTable.number(12.349, 2));
        assertEquals("&mdash;", OutcomeTable.cell(Optional.empty(), Measure.FRIENDS));
        assertEquals("<span class=\"mean\">40.0</span><br><span class=\"ci\">35.0&ndash;45.0</span>",
                OutcomeTable.cell(Optional.of(new Estimate(0.4, 0.05)), Measure.LONELY));
        assertEquals("12.35", ChartFiles.twoDecimals(12.3456));
        assertEquals("-0.05", ChartFiles.twoDecimals(-0.049));
        assertEquals("3", ChartFiles.twoDecimals(3.001));
        assertEquals("0.5", ChartFiles.twoDecimals(0.5));
    }

    @Test
    void keysReadAsWordsAndFileNames() {
        assertEquals("Openness", PointText.keyWords("rlc.atmosphere.openness"));
        assertEquals("Capacity", PointText.keyWords("rlc.schedule[0].capacity"));
        assertEquals("Friend threshold", PointText.keyWords("ties.friend_threshold"));
        assertEquals("rlc-schedule-0-capacity", PointText.slug("rlc.schedule[0].capacity"));
        assertEquals("Design point 3: a = 0.5, b = off",
                PointText.describe(new DesignPoint(3, Map.of("a", 0.5, "b", "off")), List.of("a", "b")));
    }

    @Test
    void summaryNamesTheScenarioWhenTheExperimentDoes() {
        assertEquals(Optional.of("scenarios/baseline.yaml"), ReportSummary.scenario("scenario: scenarios/baseline.yaml\n"));
        assertEquals(Optional.empty(), ReportSummary.scenario("scenario:\n  days: 3\n"));
        assertEquals(Optional.empty(), ReportSummary.scenario(": not [yaml"));
        assertEquals("1,095 days (about 3 years)", ReportSummary.span(1094));
        assertEquals("50 days", ReportSummary.span(49));
    }

    private static void assertPanels(JFreeChart chart, int panels, int days) {
        List<?> subplots = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        assertEquals(panels, subplots.size());
        for (Object p : subplots) {
            YIntervalSeriesCollection d = (YIntervalSeriesCollection) ((XYPlot) p).getDataset();
            assertEquals(2, d.getSeriesCount());
            assertEquals(days, d.getItemCount(0));
            assertEquals(days, d.getItemCount(1));
        }
    }
}
