package org.rlcsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rlcsim.results.DesignPoint;

/**
 * The report of a batch: charts in {@code outDir/charts} (each as PNG and SVG) and
 * {@code outDir/report.html}, a page that opens from disk and holds the charts, a table of headline
 * outcomes, the design points, the experiment as run and the command that repeats it.
 * docs/outputs.md ("Batch report") describes every chart. The same input gives the same bytes.
 */
public final class BatchReport {
    /**
     * Charts over time are drawn per design point for this many points at most: beyond that the page
     * grows long and the charts against each varied key compare the points better.
     */
    static final int POINTS_OVER_TIME = 4;

    private static final String SWEEP_INTRO = "Each chart shows one outcome on the last day against the values "
            + "one key took in the design, for people who came to the RLC and people who never came. Dots: the mean "
            + "of the runs; bars: the 95% confidence interval of that mean. Where several design points share a "
            + "value because other keys vary too, the dot is the average of their means (the effect of this key "
            + "averaged over the others) and its bar combines their intervals, erring a little on the wide side. "
            + "Dots are joined when only this key changes between them, or when every value is averaged over the "
            + "same mix of the other keys; otherwise (as in a Latin hypercube) they stand alone.";

    private BatchReport() {}

    /**
     * Writes the charts and report.html into {@code outDir} (created if needed; files of the same
     * name are replaced).
     *
     * @return every file written: the charts' PNG and SVG files, then report.html
     */
    public static List<Path> write(Path outDir, BatchReportInput input) throws IOException {
        Aggregates data = new Aggregates(input.aggregate());
        List<DesignPoint> overTime = pointsOverTime(input, data);
        boolean several = input.points().size() > 1;

        List<ReportFigure> networks = new ArrayList<>();
        List<ReportFigure> hospital = new ArrayList<>();
        List<ReportFigure> states = new ArrayList<>();
        for (DesignPoint p : overTime) {
            String note = several ? PointText.describe(p, input.variedKeys()) : "";
            String suffix = several ? "-point-" + p.id() : "";
            TimeSeriesCharts charts = new TimeSeriesCharts(data, p.id(), note, suffix);
            networks.add(charts.networkGrowth());
            hospital.add(charts.hospitalUseOverTime());
            hospital.add(HospitalAtEndChart.figure(data, p.id(), note, suffix));
            states.add(charts.statesOverTime());
        }
        List<ReportFigure> sweeps = new ArrayList<>();
        if (several) {
            for (String key : input.variedKeys()) {
                ParameterSweep sweep = ParameterSweep.of(key, input.points());
                for (Measure m : Measure.HEADLINE) sweeps.add(SweepCharts.chart(data, sweep, input.variedKeys().size(), m));
            }
        }
        List<ReportSection> sections = List.of(
                new ReportSection("sweeps", "Outcomes against each varied key",
                        SWEEP_INTRO,
                        unique(sweeps), true),
                new ReportSection("networks", "Networks over time", "", networks, false),
                new ReportSection("hospital", "Hospital use", "", hospital, false),
                new ReportSection("states", "Loneliness, self-esteem, coping and identity", "", states, false));

        List<ReportFigure> all = sections.stream().flatMap(s -> s.figures().stream()).toList();
        Map<String, ChartFiles.Written> charts = ChartFiles.writeAll(outDir.resolve("charts"), all);
        return ReportHtml.write(outDir, ReportHtml.render(input, data, sections, charts, pointsNote(input, overTime)),
                charts);
    }

    /** Keys that differ only in punctuation (a.b and a-b) would share a file name: number the later ones. */
    private static List<ReportFigure> unique(List<ReportFigure> figures) {
        Set<String> seen = new HashSet<>();
        List<ReportFigure> out = new ArrayList<>();
        for (ReportFigure f : figures) {
            String name = f.name();
            for (int i = 2; !seen.add(name); i++) name = f.name() + "-" + i;
            out.add(name.equals(f.name()) ? f : new ReportFigure(name, f.chart(), f.width(), f.height(), f.caption()));
        }
        return out;
    }

    private static List<DesignPoint> pointsOverTime(BatchReportInput input, Aggregates data) {
        return input.points().stream().filter(p -> data.has(p.id())).limit(POINTS_OVER_TIME).toList();
    }

    /** Says, for a batch of several points, which points the charts over time show. */
    private static String pointsNote(BatchReportInput input, List<DesignPoint> overTime) {
        int all = input.points().size();
        if (all <= 1) return "";
        List<String> ids = overTime.stream().map(p -> Integer.toString(p.id())).toList();
        String shown = ids.size() == 1 ? "design point " + ids.get(0)
                : "design points " + String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
        String which = overTime.size() == all ? "each design point (" + shown + ")"
                : shown + " only, the first " + overTime.size() + " of " + all;
        return "The charts over time are drawn for " + which + "; the charts against each varied key and the "
                + "table of outcomes cover every point.";
    }
}
