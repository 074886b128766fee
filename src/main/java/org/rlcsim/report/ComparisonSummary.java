package org.rlcsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rlcsim.results.ComparedScenario;
import org.rlcsim.results.Comparison;
import org.rlcsim.results.MetricComparison;
import org.rlcsim.results.PairedComparison;
import org.rlcsim.observe.Group;

/**
 * The plain-words paragraphs at the top of a comparison's report: what was compared, the answer
 * (what changed, what the runs cannot tell from no change and how many runs would), and how to
 * read it. HTML.
 */
final class ComparisonSummary {
    /** The groups the answer speaks of: the whole community, and the people who came. */
    static final List<Group> ANSWERED = List.of(Group.ALL, Group.ATTENDERS);
    /** The outcomes the answer speaks of; how many people came only for those who came. */
    static final List<Measure> ANSWER = List.of(Measure.NETWORK_SIZE, Measure.RLC, Measure.OUTSIDE, Measure.FRIENDS,
            Measure.LONELY, Measure.EMPLOYED, Measure.ADMISSIONS, Measure.BED_DAYS, Measure.ER_VISITS);

    private ComparisonSummary() {}

    /** One paragraph: B against A, in their authors' words, the runs and the time observed. */
    static String whatWasCompared(ComparisonReportInput in, int lastDay) {
        return "What changes if " + scenario("B", in.b()) + " replaces " + scenario("A", in.a()) + "? Each was run "
                + in.replications() + " times, replication by replication with the same random numbers (common random "
                + "numbers: the same people, the same chance events), so that a difference between A and B is the "
                + "change's doing and not luck, and followed for " + ReportSummary.span(lastDay)
                + " after the burn-in that lets the community settle.";
    }

    private static String scenario(String letter, ComparedScenario c) {
        String about = c.description().isEmpty() ? "" : " (" + Html.escape(c.description()) + ")";
        return "<b>" + Html.escape(ComparisonText.label(letter, c)) + "</b>" + about;
    }

    /** The answer in plain words, as HTML: the changes, then what cannot be told from no change. */
    static String answer(ComparisonReportInput in) {
        Comparison c = in.comparison();
        boolean allIdentical = c.atEnd().stream().map(MetricComparison::values).allMatch(v -> v.n() == 0 || v.identical());
        if (allIdentical) {
            return "<p><b>A and B gave exactly the same results in all " + in.replications() + " pairs of runs: no "
                    + "outcome changed at all.</b> With common random numbers the same scenario gives the same runs, "
                    + "so a scenario compared with itself shows this; for two different scenarios it means the "
                    + "change does not reach any outcome.</p>\n";
        }
        List<String> changed = new ArrayList<>(), unchanged = new ArrayList<>(), notCompared = new ArrayList<>();
        for (Group g : ANSWERED) {
            Stream<Measure> measures = g == Group.ATTENDERS ? Stream.concat(Stream.of(Measure.PEOPLE), ANSWER.stream())
                    : ANSWER.stream();
            List<String> groupNotCompared = new ArrayList<>();
            for (Measure m : measures.toList()) {
                PairedComparison v = c.of(m.metric(), g);
                String outcome = Html.escape(ComparisonText.outcome(m));
                String what = "<b>" + Html.escape(ChartStyle.label(g)) + "</b>, " + outcome;
                if (v.n() == 0) groupNotCompared.add(outcome);
                else if (v.distinguishable()) changed.add(what + ": " + change(v, m));
                else unchanged.add(what + ": " + noChange(v, m));
            }
            if (!groupNotCompared.isEmpty()) {
                notCompared.add("<b>" + Html.escape(ChartStyle.label(g)) + "</b>: " + String.join(", ", groupNotCompared));
            }
        }
        StringBuilder b = new StringBuilder();
        list(b, "These outcomes change from A to B (the 95% confidence interval of the difference leaves out zero):",
                changed);
        list(b, "These are not distinguishable from no change: the interval of the difference includes zero. For "
                + "each, the runs of each scenario that would detect a difference of that size four times in five "
                + "(80% power at the 5% level, from the spread between pairs seen here; this comparison ran "
                + in.replications() + "):", unchanged);
        if (!notCompared.isEmpty()) {
            b.append("<p>Not compared, because the group had nobody in it in A or in B: ")
                    .append(String.join("; ", notCompared)).append(".</p>\n");
        }
        return b.toString();
    }

    private static void list(StringBuilder b, String intro, List<String> items) {
        if (items.isEmpty()) return;
        b.append("<p>").append(intro).append("</p>\n<ul class=\"answer\">\n");
        for (String i : items) b.append("<li>").append(i).append("</li>\n");
        b.append("</ul>\n");
    }

    /** "12.1 → 12.9, +0.8 (95% CI 0.5 to 1.1)" */
    private static String change(PairedComparison v, Measure m) {
        int d = ComparisonText.decimals(m, v);
        return levels(v, m) + ", <b>" + ComparisonText.signed(v.difference() * m.scale(), d)
                + Html.escape(ComparisonText.differenceUnit(m)) + "</b> ("
                + ComparisonText.interval(v.differenceLow(), v.differenceHigh(), m.scale(), d) + ")";
    }

    private static String noChange(PairedComparison v, Measure m) {
        if (v.identical()) return "no difference at all in any run";
        int d = ComparisonText.decimals(m, v);
        String s = levels(v, m) + ", " + ComparisonText.signed(v.difference() * m.scale(), d)
                + Html.escape(ComparisonText.differenceUnit(m));
        if (Double.isNaN(v.differenceLow())) return s;
        s += " (" + ComparisonText.interval(v.differenceLow(), v.differenceHigh(), m.scale(), d) + ")";
        if (v.replicationsNeeded() != null) {
            s += "; about " + OutcomeTable.number(v.replicationsNeeded(), 0) + " runs of each would detect it";
        }
        return s;
    }

    private static String levels(PairedComparison v, Measure m) {
        return ComparisonText.level(v.aMean(), m) + " &rarr; " + ComparisonText.level(v.bMean(), m);
    }

    /** How to read the answer, the table and the charts, in one paragraph. */
    static String howToRead() {
        return "Each number is the mean over the runs at the end of the observed time; hospital use counts the whole "
                + "observation. The 95% confidence interval of a difference says how far it could still move with "
                + "more runs, not how much people differ from one another; it comes from the pairs of runs (a "
                + "paired t interval). Where it leaves out zero, the change is not down to chance in the simulation. "
                + "\"Everyone\" is the whole community, the same people in A and B, and the fairest measure of what "
                + "the change does. \"Came to the RLC\" are the people who came at least once by the end: a change "
                + "can change who comes, so their difference mixes what the change does for people with who they "
                + "are. The change in per cent is B's mean over A's (Fieller's interval); the effect size is Cohen's "
                + "d<sub>z</sub>, the mean difference over the spread of the differences between pairs of runs, "
                + "which says how clearly the change stands out from the simulation's chance, not how large it is "
                + "for a person. docs/outputs.md gives every formula.";
    }
}
