package org.rlcsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlcsim.results.ActivityFigure;
import org.rlcsim.observe.TimetableUse;
import org.rlcsim.results.AggregateRow;
import org.rlcsim.results.ComparedScenario;
import org.rlcsim.results.Comparison;
import org.rlcsim.results.MetricComparison;
import org.rlcsim.results.PairedComparison;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;
import org.rlcsim.scenario.ScenarioException;
import org.rlcsim.scenario.ScenarioReader;
import org.rlcsim.scenario.ScenarioYaml;

/** The report of a comparison: the answer in words, the numbers as written, what differs, the charts. */
class ComparisonReportTest {
    private static final double NAN = Double.NaN;

    @TempDir
    Path tmp;

    private static ComparedScenario scenario(String file, String yaml, String description) throws ScenarioException {
        return new ComparedScenario(description, ScenarioReader.read(file, yaml, List.of()));
    }

    /** Every metric and group unchanged (identical pairs), but for the two given. */
    private static Comparison comparison(PairedComparison networkSize, PairedComparison admissions) {
        List<MetricComparison> rows = new ArrayList<>();
        for (Metric m : Metric.values()) {
            for (Group g : Group.values()) {
                PairedComparison c = new PairedComparison(10, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 1, null);
                if (g == Group.ALL && m == Metric.NETWORK_SIZE) c = networkSize;
                if (g == Group.ALL && m == Metric.ADMISSIONS_PER_PERSON_YEAR) c = admissions;
                rows.add(new MetricComparison(m, g, c));
            }
        }
        List<AggregateRow> differences = SyntheticBatch.rows(1, List.of(Group.values()), 49, 7);
        return new Comparison(rows, differences);
    }

    private static ComparisonReportInput input(Comparison c) throws ScenarioException {
        return new ComparisonReportInput("evening-group vs baseline", "rlcsim compare a.yaml b.yaml", "scenarios: {}\n",
                List.of(scenario("scenarios/baseline.yaml", "seed: 1\n", "The RLC as it is."),
                        scenario("planning/evening-group.yaml", "rlc:\n  staff: 6\n", "Adding an evening peer group.")),
                10, SyntheticBatch.rows(2, List.of(Group.values()), 49, 7), c, List.of(
                        new ActivityFigure(0, "Peer support group", "attendance_per_week", 10, 61.2, 4, 58.3, 64.1),
                        new ActivityFigure(1, "Peer support group", "attendance_per_week", 10, 60.0, 4, 57.1, 62.9),
                        new ActivityFigure(1, "Evening group", "attendance_per_week", 10, 18.5, 2, 17.1, 19.9),
                        new ActivityFigure(1, "Evening group", "employed_share", 10, 0.31, 0.05, 0.27, 0.35),
                        new ActivityFigure(0, TimetableUse.ALL_ACTIVITIES, "staff_hours_per_week", 10, 28, 0, 28, 28),
                        new ActivityFigure(1, TimetableUse.ALL_ACTIVITIES, "staff_hours_per_week", 10, 31, 0, 31, 31)));
    }

    private static final PairedComparison BIGGER = new PairedComparison(10, 12.1, 12.9, 0.8, 0.5, 1.1, 0.42, 1.066,
            1.04, 1.09, 1.9, 0.0003, 5L);
    private static final PairedComparison UNCLEAR = new PairedComparison(10, 0.25, 0.24, -0.01, -0.03, 0.01, 0.028,
            0.96, 0.88, 1.04, -0.36, 0.29, 63L);

    @Test
    void theAnswerComesFirstInPlainWords() throws Exception {
        ComparisonReport.write(tmp, input(comparison(BIGGER, UNCLEAR)));
        String page = Files.readString(tmp.resolve("report.html"));
        assertTrue(page.contains("<h1>evening-group compared with baseline</h1>"), page.substring(0, 2000));
        assertTrue(page.contains("What changes if <b>B: evening-group</b> (Adding an evening peer group.) replaces "
                + "<b>A: baseline</b> (The RLC as it is.)?"));
        assertTrue(page.contains("<b>Everyone</b>, people in the network: 12.1 &rarr; 12.9, <b>+0.8</b> "
                + "(95% CI 0.5 to 1.1)"), "a change the runs tell from none");
        assertTrue(page.contains("<b>Everyone</b>, psychiatric admissions per person-year: 0.25 &rarr; 0.24, \u22120.01 "
                + "(95% CI \u22120.03 to 0.01); about 63 runs of each would detect it"), "one they cannot");
        assertTrue(page.contains("<b>Everyone</b>, friends: no difference at all in any run"));
        assertTrue(page.indexOf("id=\"answer\"") < page.indexOf("id=\"differs\"")
                && page.indexOf("id=\"differs\"") < page.indexOf("id=\"outcomes\""));
        assertTrue(page.contains("<code>rlc.staff</code><br><span class=\"unit\">paid peer staff with lived "
                + "experience</span></th><td class=\"text\">5</td><td class=\"text\">6</td>"), "what differs");
    }

    @Test
    void theTimetableInUseSetsEachActivityOfAAgainstB() throws Exception {
        ComparisonReport.write(tmp, input(comparison(BIGGER, UNCLEAR)));
        String page = Files.readString(tmp.resolve("report.html"));
        String table = page.substring(page.indexOf("<section id=\"timetable\">"));
        table = table.substring(0, table.indexOf("</section>"));
        assertTrue(table.indexOf("Peer support group") < table.indexOf("Evening group"), "A's activities first");
        assertTrue(table.indexOf("Evening group") < table.indexOf(TimetableUse.ALL_ACTIVITIES), "all together last");
        assertTrue(table.contains("<span class=\"mean\">61</span><br><span class=\"ci\">58&ndash;64</span>"), table);
        assertTrue(table.contains("<span class=\"mean\">31.0</span>"), "employed share as a per cent: " + table);
        String evening = table.substring(table.indexOf("Evening group"), table.indexOf(TimetableUse.ALL_ACTIVITIES));
        assertTrue(evening.startsWith("Evening group</th><th scope=\"row\">A</th><td>&mdash;</td>"),
                "not in A: " + evening);
    }

    @Test
    void aComparisonOfTheSameRunsSaysNothingChanged() throws Exception {
        PairedComparison same = new PairedComparison(10, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 1, null);
        ComparisonReport.write(tmp, input(comparison(same, same)));
        String page = Files.readString(tmp.resolve("report.html"));
        assertTrue(page.contains("A and B gave exactly the same results in all 10 pairs of runs"));
    }

    @Test
    void theChartOfChangesShowsEachOutcomeAsAPerCentOfA() throws Exception {
        ReportFigure f = ChangesChart.figure(comparison(BIGGER, UNCLEAR), Measure.COMPARED, "A against B", 10);
        XIntervalSeriesCollection d = (XIntervalSeriesCollection) ((XYPlot) f.chart().getPlot()).getDataset();
        assertEquals("Everyone", d.getSeriesKey(0));
        assertEquals("Came to the RLC", d.getSeriesKey(1));
        // people in the network, the first row: 6.6% (4% to 9%), just above the row's line
        assertEquals(6.6, d.getXValue(0, 0), 1e-9);
        assertEquals(4, d.getStartXValue(0, 0), 1e-9);
        assertEquals(9, d.getEndXValue(0, 0), 1e-9);
        assertTrue(d.getYValue(0, 0) < 0 && d.getYValue(1, 0) > 0);
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        List<Path> first = ComparisonReport.write(one, input(comparison(BIGGER, UNCLEAR)));
        ComparisonReport.write(two, input(comparison(BIGGER, UNCLEAR)));
        assertEquals(13, first.size(), "six charts as PNG and SVG, and the page");
        for (Path f : first) {
            if (f.toString().endsWith(".png")) continue; // PNG text is drawn with the machine's fonts, and antialiased
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(two.resolve(one.relativize(f))), f.toString());
        }
    }

    @Test
    void differencesMatchActivitiesByNameAndLeaveTheSeedOut() throws ScenarioException {
        var a = ScenarioYaml.toJsonTree(ScenarioReader.read("a", "seed: 1\n", List.of()));
        var b = ScenarioYaml.toJsonTree(ScenarioReader.read("b", "seed: 2\nmechanisms:\n  leadership: off\n"
                + "rlc:\n  opportunities:\n    leadership: 0\n  schedule:\n"
                + "    - {name: Evening group, type: peer_support, days: [tue], capacity: 15}\n"
                + "    - {name: Peer support group, type: peer_support, days: [mon, wed], capacity: 25}\n", List.of()));
        List<ScenarioDifferences.Row> rows = ScenarioDifferences.of(a, b);
        List<String> keys = rows.stream().map(ScenarioDifferences.Row::key).toList();
        assertTrue(!keys.contains("seed"), keys.toString());
        ScenarioDifferences.Row leadership = rows.get(keys.indexOf("mechanisms.leadership"));
        assertEquals("on", leadership.a());
        assertEquals("off", leadership.b());
        ScenarioDifferences.Row added = rows.get(keys.indexOf("rlc.schedule[Evening group]"));
        assertNull(added.a());
        assertTrue(added.b().startsWith("name: Evening group; type: peer_support; days: [tue]; time: morning; hours: 2; "
                + "capacity: 15"), added.b());
        assertEquals("[mon, wed, fri]", rows.get(keys.indexOf("rlc.schedule[Peer support group].days")).a());
        assertTrue(keys.contains("rlc.schedule[Computer lab and library]"), "an activity B dropped: " + keys);
    }

    @Test
    void differencesAreWrittenWithSignsAndTheDecimalsTheirIntervalNeeds() {
        assertEquals("+0.8", ComparisonText.signed(0.8, 1));
        assertEquals("\u22120.004", ComparisonText.signed(-0.004, 3));
        assertEquals("0.0", ComparisonText.signed(-0.01, 1), "no sign on a zero");
        // admissions have 2 decimals; an interval 0.004 wide needs 3
        PairedComparison small = new PairedComparison(10, 0.2, 0.2, -0.004, -0.006, -0.002, 0.003, 0.98, NAN, NAN, 0,
                0.01, null);
        assertEquals(3, ComparisonText.decimals(Measure.ADMISSIONS, small));
        // an interval that leaves out zero never shows an end of 0.0
        PairedComparison close = new PairedComparison(10, 0.4, 0.2, -0.2, -0.34, -0.04, 0.1, 0.5, NAN, NAN, 0, 0.02,
                null);
        assertEquals(2, ComparisonText.decimals(Measure.RLC, close));
        assertEquals("\u22120.03", ComparisonText.number(-0.034, 2));
        assertEquals("+6.6%", ComparisonText.percentChange(BIGGER));
        assertEquals("&lt;0.001", ComparisonText.pValue(0.0003));
        assertEquals("psychiatric admissions per person-year", ComparisonText.outcome(Measure.ADMISSIONS));
        assertEquals("RLC peers and staff", ComparisonText.outcome(Measure.RLC));
    }
}
