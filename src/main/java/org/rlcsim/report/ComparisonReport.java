package org.rlcsim.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rlcsim.observe.Group;

/**
 * The report of a comparison of two scenarios: charts in {@code outDir/charts} (PNG and SVG) and
 * {@code outDir/report.html}, which gives the answer in plain words first, then the table of
 * outcomes, the charts, what differs between the scenarios, the command that repeats the
 * comparison and both scenarios as run. docs/outputs.md describes every chart. The same input
 * gives the same bytes.
 */
public final class ComparisonReport {
    /** Okabe-Ito colours, as the batch report's: A as things are (grey), B the change (bluish green). */
    static final Color A = new Color(0x555555);
    static final Color B = new Color(0x009E73);
    /** The outcomes whose difference is followed over time. */
    static final List<Measure> OVER_TIME = List.of(Measure.NETWORK_SIZE, Measure.RLC, Measure.OUTSIDE, Measure.FRIENDS,
            Measure.LONELY, Measure.ADMISSIONS);

    private ComparisonReport() {}

    /** @return every file written: the charts' PNG and SVG files, then report.html */
    public static List<Path> write(Path outDir, ComparisonReportInput in) throws IOException {
        Aggregates scenarios = new Aggregates(in.aggregate());
        Aggregates differences = Aggregates.differences(in.comparison().differences());
        String names = ComparisonText.label("A", in.a()) + " against " + ComparisonText.label("B", in.b());

        List<ReportFigure> changes = new ArrayList<>();
        changes.add(ChangesChart.figure(in.comparison(), Measure.COMPARED, names, in.replications()));
        List<TimeSeriesCharts.Line> differenceLines = ComparisonSummary.ANSWERED.stream()
                .map(g -> new TimeSeriesCharts.Line(ChartStyle.label(g), ChartStyle.color(g), differences, 0, g)).toList();
        changes.add(new TimeSeriesCharts(differenceLines, names, "", "Above the zero line B has more than A, below it "
                + "less. \"Came to the RLC\" may be different people in A and in B.")
                .figure("differences-over-time", "How B differs from A over time: B minus A", OVER_TIME,
                        "The difference between B and A in each outcome, pair of runs by pair of runs, from the start "
                                + "of observation; hospital rates from three months in. "));
        List<ReportFigure> networks = new ArrayList<>(), hospital = new ArrayList<>();
        for (Group g : ComparisonSummary.ANSWERED) {
            TimeSeriesCharts overlay = new TimeSeriesCharts(List.of(
                    new TimeSeriesCharts.Line(ComparisonText.label("A", in.a()), A, scenarios, 0, g),
                    new TimeSeriesCharts.Line(ComparisonText.label("B", in.b()), B, scenarios, 1, g)),
                    ChartStyle.label(g) + ": " + names, g == Group.ALL ? "-everyone" : "-came-to-the-rlc", overlayCaption(g));
            networks.add(overlay.networkGrowth());
            hospital.add(overlay.hospitalUseOverTime());
        }
        List<ReportSection> sections = List.of(
                new ReportSection("changes", "What changes, and how sure it is", "", changes, false),
                new ReportSection("networks", "Networks over time, A and B", "", networks, false),
                new ReportSection("hospital", "Hospital use over time, A and B", "", hospital, false));

        List<ReportFigure> all = sections.stream().flatMap(s -> s.figures().stream()).toList();
        Map<String, ChartFiles.Written> charts = ChartFiles.writeAll(outDir.resolve("charts"), all);
        return ReportHtml.write(outDir, ComparisonHtml.render(in, scenarios, sections, charts), charts);
    }

    private static String overlayCaption(Group g) {
        return g == Group.ALL ? "Everyone in the community, the same people in A and in B."
                : "People who had come to the RLC at least once by that day, in each scenario: a change can change "
                + "who comes, so these may be different people in A and in B.";
    }
}
