package org.rlcsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rlcsim.scenario.ScenarioYaml;

/**
 * A comparison's report.html: the answer in plain words first, then what differs between the two
 * scenarios, the table, the charts, the command that repeats it and both scenarios as run. Opens
 * from disk like the batch report (ReportHtml), whose page and figures it shares.
 */
final class ComparisonHtml {
    private ComparisonHtml() {}

    static String render(ComparisonReportInput in, Aggregates scenarios, List<ReportSection> sections,
                         Map<String, ChartFiles.Written> charts) {
        StringBuilder b = new StringBuilder(1 << 20);
        String a = ComparisonText.name(in.a()), bName = ComparisonText.name(in.b());
        ReportHtml.head(b, bName + " compared with " + a, "rlcsim comparison");
        int lastDay = scenarios.lastDay();
        b.append("<p class=\"lead\">").append(ComparisonSummary.whatWasCompared(in, lastDay)).append("</p>\n");
        b.append("<section id=\"answer\">\n<h2>The answer, after ").append(ReportSummary.span(lastDay))
                .append("</h2>\n").append(ComparisonSummary.answer(in)).append("</section>\n");
        List<ReportHtml.Anchor> anchors = new ArrayList<>(List.of(new ReportHtml.Anchor("answer", "The answer"),
                new ReportHtml.Anchor("differs", "What differs between A and B"),
                new ReportHtml.Anchor("outcomes", "Outcomes at the end"),
                new ReportHtml.Anchor("timetable", "The timetable in use")));
        anchors.addAll(ReportHtml.anchors(sections));
        anchors.addAll(List.of(new ReportHtml.Anchor("reproduce", "Run it again"),
                new ReportHtml.Anchor("scenarios", "The two scenarios as run")));
        ReportHtml.contents(b, anchors);

        b.append("<section id=\"differs\">\n<h2>What differs between A and B</h2>\n")
                .append(differences(in)).append("</section>\n");
        b.append("<section id=\"outcomes\">\n<h2>Outcomes at the end</h2>\n<p>")
                .append(ComparisonSummary.howToRead()).append("</p>\n<p>A and B: the mean over the runs on the last "
                        + "day with its 95% confidence interval below it (cut at zero); the difference and the change "
                        + "in per cent with theirs. Runs needed: for a difference the runs could not tell from none, "
                        + "how many runs of each scenario a paired comparison needs to detect a difference of that "
                        + "size four times in five (80% power, 5% level), from the spread seen here. A dash: not "
                        + "defined, or nobody in the group.</p>\n")
                .append(ComparisonTable.html(scenarios, in.comparison())).append("</section>\n");
        b.append("<section id=\"timetable\">\n<h2>The timetable in use</h2>\n<p>What each activity delivered, week by "
                + "week over the observed years: sessions held, visits (people in the room, someone who came twice "
                + "counts twice), the share of seats taken, people turned away at the door because a session was "
                + "full, hours of staff-led sessions, participant leaders in their role, the share of visits by people "
                + "with a job (they can come only in the evening or at the weekend) and how long those present had "
                + "been coming. Means over the runs, with 95% intervals below; activities are matched by name. "
                + "<code>activities_aggregate.csv</code> has every figure, <code>activities.csv</code> each run's."
                + "</p>\n").append(TimetableTable.html(in.activities())).append("</section>\n");
        ReportHtml.figures(b, sections, charts, 0);
        ReportHtml.reproduce(b, in.command(), "comparison");
        ReportHtml.preformatted(b, "scenarios", "The two scenarios as run", "Both scenarios with every default "
                + "filled in (<code>scenarios.a</code> and <code>scenarios.b</code>), and how each run's seed was made:",
                in.resolvedYaml());
        ReportHtml.end(b);
        return b.toString();
    }

    /** The keys whose values differ, with what each means; the seed is shared and said so. */
    private static String differences(ComparisonReportInput in) {
        List<ScenarioDifferences.Row> rows = ScenarioDifferences.of(ScenarioYaml.toJsonTree(in.a().scenario()),
                ScenarioYaml.toJsonTree(in.b().scenario()));
        String seeds = "Both are run with the same seeds (those of A), so that replication k of each meets the same "
                + "chance events.";
        if (rows.isEmpty()) {
            return "<p>Nothing: A and B have the same value for every key. " + seeds + "</p>\n";
        }
        StringBuilder b = new StringBuilder("<p>The keys whose values differ; everything else is the same. ")
                .append(seeds).append("</p>\n<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Key</th>")
                .append("<th scope=\"col\">A: ").append(Html.escape(ComparisonText.name(in.a()))).append("</th>")
                .append("<th scope=\"col\">B: ").append(Html.escape(ComparisonText.name(in.b()))).append("</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (ScenarioDifferences.Row r : rows) {
            b.append("<tr><th scope=\"row\"><code>").append(Html.escape(r.key())).append("</code>");
            if (!r.what().isEmpty()) b.append("<br><span class=\"unit\">").append(Html.escape(r.what())).append("</span>");
            b.append("</th><td class=\"text\">").append(value(r.a())).append("</td><td class=\"text\">")
                    .append(value(r.b())).append("</td></tr>\n");
        }
        return b.append("</tbody></table></div>\n").toString();
    }

    private static String value(String v) {
        return v == null ? "<i>not in this scenario</i>" : Html.escape(v);
    }
}
