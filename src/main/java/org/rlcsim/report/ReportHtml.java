package org.rlcsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rlcsim.results.DesignPoint;

/**
 * report.html: one page that opens from disk with nothing fetched from elsewhere. Charts are inline
 * SVG, the style sheet is in the page, and fonts are the reader's own.
 */
final class ReportHtml {
    // namespace declarations are implied for SVG inside HTML; dropping them keeps the page free of URLs
    private static final Pattern NAMESPACES = Pattern.compile("\\s+xmlns(:\\w+)?=(['\"])[^'\"]*\\2");

    private static final String CSS = """
            :root { color-scheme: light; }
            body { margin: 0; background: #f4f5f7; color: #222; font: 16px/1.5 system-ui, -apple-system, \
            "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 980px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
            h1 { font-size: 1.9em; line-height: 1.2; margin: 0.4em 0 0.5em; }
            h2 { font-size: 1.35em; margin: 2em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid #e3e6ea; }
            p.lead { font-size: 1.08em; }
            nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
            a { color: #0b5ea8; }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; \
            background: #f1f3f5; padding: 0 3px; border-radius: 3px; }
            figure { margin: 1.2em 0 2em; }
            figure svg { display: block; width: 100%; height: auto; border: 1px solid #e3e6ea; }
            figcaption { font-size: 0.93em; color: #444; margin-top: 0.5em; }
            .files { white-space: nowrap; color: #666; }
            .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 0 24px; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 0.9em; font-variant-numeric: tabular-nums; }
            th, td { padding: 6px 10px; border-bottom: 1px solid #e3e6ea; vertical-align: top; }
            thead th { text-align: left; background: #f1f3f5; border-bottom: 2px solid #cfd4da; font-weight: 600; }
            td { text-align: right; white-space: nowrap; }
            tbody th { text-align: left; font-weight: 600; white-space: nowrap; }
            tr.first > * { border-top: 2px solid #cfd4da; }
            td.text { text-align: left; white-space: normal; min-width: 12em; }
            ul.answer li { margin: 0.3em 0; }
            .unit, .ci { color: #666; font-weight: normal; font-size: 0.88em; }
            pre { background: #f6f7f9; border: 1px solid #e3e6ea; padding: 12px 14px; overflow-x: auto; \
            font-size: 0.85em; line-height: 1.4; }
            footer { margin-top: 3em; color: #777; font-size: 0.85em; }
            @media print { body { background: #fff; } main { max-width: none; padding: 0; } }
            """;

    private ReportHtml() {}

    static String render(BatchReportInput input, Aggregates data, List<ReportSection> sections,
                         Map<String, ChartFiles.Written> charts, String pointsNote) {
        StringBuilder b = new StringBuilder(1 << 20);
        head(b, input.title(), "rlcsim batch report");
        b.append("<p class=\"lead\">").append(ReportSummary.whatWasRun(input, data)).append("</p>\n")
                .append("<p>").append(ReportSummary.howToRead()).append("</p>\n");
        if (!pointsNote.isEmpty()) b.append("<p>").append(pointsNote).append("</p>\n");
        List<Anchor> anchors = new ArrayList<>(List.of(new Anchor("outcomes", "Outcomes on the last day")));
        anchors.addAll(anchors(sections));
        anchors.addAll(List.of(new Anchor("points", "Design points"), new Anchor("reproduce", "Run it again"),
                new Anchor("experiment", "The experiment as run")));
        contents(b, anchors);

        b.append("<section id=\"outcomes\">\n<h2>Outcomes on the last day</h2>\n")
                .append("<p>The mean over the runs on the last observed day (day ")
                .append(OutcomeTable.number(data.lastDay(), 0))
                .append("), with its 95% confidence interval below it. Hospital use counts the whole observation. ")
                .append("Intervals are cut at zero where they would reach below it; a dash means the group had "
                        + "nobody in it.</p>\n")
                .append(OutcomeTable.html(data, input.points(), input.variedKeys())).append("</section>\n");
        figures(b, sections, charts, 0);
        b.append("<section id=\"points\">\n<h2>Design points</h2>\n").append(pointsTable(input)).append("</section>\n");
        reproduce(b, input.command(), "batch");
        preformatted(b, "experiment", "The experiment as run", "The experiment with every default filled in:",
                input.resolvedExperimentYaml());
        end(b);
        return b.toString();
    }

    /**
     * Writes the page as {@code outDir/report.html}.
     *
     * @return every file of the report: the charts' PNG and SVG files, then report.html
     */
    static List<Path> write(Path outDir, String html, Map<String, ChartFiles.Written> charts) throws IOException {
        Path page = outDir.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        List<Path> written = new ArrayList<>();
        for (ChartFiles.Written w : charts.values()) {
            written.add(w.png());
            written.add(w.svg());
        }
        written.add(page);
        return List.copyOf(written);
    }

    /** A part of the page the contents link to. */
    record Anchor(String id, String heading) {}

    /** The doctype, the head with the style sheet, and the page's heading. */
    static void head(StringBuilder b, String title, String kind) {
        String escaped = Html.escape(title);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escaped).append(" &ndash; ").append(Html.escape(kind)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(escaped).append("</h1>\n");
    }

    /** The sections that have charts, for the contents. */
    static List<Anchor> anchors(List<ReportSection> sections) {
        return sections.stream().filter(s -> !s.figures().isEmpty()).map(s -> new Anchor(s.id(), s.heading())).toList();
    }

    static void contents(StringBuilder b, List<Anchor> anchors) {
        b.append("<nav aria-label=\"Contents\"><ul>\n");
        for (Anchor a : anchors) {
            b.append("<li><a href=\"#").append(a.id()).append("\">").append(Html.escape(a.heading())).append("</a></li>\n");
        }
        b.append("</ul></nav>\n");
    }

    /**
     * Each section that has charts, its charts numbered on from {@code number}.
     *
     * @return the number of the last figure
     */
    static int figures(StringBuilder b, List<ReportSection> sections, Map<String, ChartFiles.Written> charts, int number) {
        for (ReportSection s : sections) {
            if (s.figures().isEmpty()) continue;
            b.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(Html.escape(s.heading()))
                    .append("</h2>\n");
            if (!s.intro().isEmpty()) b.append("<p>").append(s.intro()).append("</p>\n");
            if (s.grid()) b.append("<div class=\"grid\">\n");
            for (ReportFigure f : s.figures()) figure(b, charts.get(f.name()), ++number);
            if (s.grid()) b.append("</div>\n");
            b.append("</section>\n");
        }
        return number;
    }

    /** The command that repeats what the page reports, e.g. the "batch" or the "comparison". */
    static void reproduce(StringBuilder b, String command, String what) {
        b.append("<section id=\"reproduce\">\n<h2>Run it again</h2>\n")
                .append("<p>This command, run in the rlcsim folder with the same program version, repeats the ")
                .append(what).append(" and gives the same numbers:</p>\n<pre><code>")
                .append(Html.escape(command)).append("</code></pre>\n</section>\n");
    }

    /** A section holding text shown as written, e.g. the experiment as resolved. */
    static void preformatted(StringBuilder b, String id, String heading, String intro, String text) {
        b.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(heading)).append("</h2>\n")
                .append("<p>").append(intro).append("</p>\n<pre>")
                .append(Html.escape(text)).append("</pre>\n</section>\n");
    }

    static void end(StringBuilder b) {
        b.append("<footer>Written by rlcsim. The charts are also in the <code>charts</code> folder beside this "
                + "page, as PNG and SVG files. Metrics are defined in docs/outputs.md.</footer>\n");
        b.append("</main>\n</body>\n</html>\n");
    }

    private static void figure(StringBuilder b, ChartFiles.Written w, int number) {
        String name = w.figure().name();
        String label = Html.escape(w.figure().chart().getTitle().getText());
        String svg = NAMESPACES.matcher(w.svgElement()).replaceAll("")
                .replaceFirst("<svg", "<svg role=\"img\" aria-label=\"" + label + "\"");
        b.append("<figure id=\"fig-").append(name).append("\">\n").append(svg).append('\n')
                .append("<figcaption><b>Figure ").append(number).append(".</b> ")
                .append(Html.escape(w.figure().caption()))
                .append(" <span class=\"files\">Files: <a href=\"charts/").append(name).append(".png\">PNG</a> &middot; ")
                .append("<a href=\"charts/").append(name).append(".svg\">SVG</a></span></figcaption>\n</figure>\n");
    }

    /** The value of each varied key at each point, and the runs behind it. */
    private static String pointsTable(BatchReportInput input) {
        if (input.variedKeys().isEmpty()) {
            return "<p>One design point: the scenario as the experiment gives it, with nothing varied.</p>\n";
        }
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Point</th>");
        for (String k : input.variedKeys()) {
            b.append("<th scope=\"col\">").append(Html.escape(PointText.keyWords(k))).append("<br><span class=\"unit\">")
                    .append(Html.escape(k)).append("</span></th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (DesignPoint p : input.points()) {
            b.append("<tr><th scope=\"row\">").append(p.id()).append("</th>");
            for (String k : input.variedKeys()) {
                b.append("<td>").append(Html.escape(PointText.value(p.values().get(k)))).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table></div>\n").toString();
    }
}
