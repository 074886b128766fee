package org.rlcsim.report;

import java.util.List;
import java.util.stream.Stream;
import org.rlcsim.results.Comparison;
import org.rlcsim.results.PairedComparison;
import org.rlcsim.observe.Group;

/** The table of a comparison's outcomes at the end: per outcome and group, A, B, their difference and its tests. */
final class ComparisonTable {
    static final List<Measure> ROWS = Stream.concat(Stream.of(Measure.PEOPLE), Measure.COMPARED.stream()).toList();
    private static final String NONE = "&mdash;";
    private static final String[] HEADINGS = {"Outcome", "Group", "A", "B", "Difference<br><span class=\"unit\">B "
            + "&minus; A</span>", "Change<br><span class=\"unit\">% of A</span>", "Effect size<br><span class=\"unit\">"
            + "d<sub>z</sub></span>", "p", "Runs needed<br><span class=\"unit\">to detect it</span>"};

    private ComparisonTable() {}

    /**
     * @param scenarios each scenario's aggregate rows: point 0 is A, point 1 is B
     */
    static String html(Aggregates scenarios, Comparison comparison) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<div class=\"scroll\"><table class=\"outcomes\">\n<thead><tr>");
        for (String h : HEADINGS) b.append("<th scope=\"col\">").append(h).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        for (Measure m : ROWS) {
            boolean first = true;
            for (Group g : Group.values()) {
                PairedComparison c = comparison.of(m.metric(), g);
                b.append(first ? "<tr class=\"first\">" : "<tr>");
                if (first) {
                    b.append("<th scope=\"rowgroup\" rowspan=\"").append(Group.values().length).append("\">")
                            .append(Html.escape(m.label())).append("<br><span class=\"unit\">")
                            .append(Html.escape(m.unit())).append("</span></th>");
                }
                b.append("<th scope=\"row\">").append(Html.escape(ChartStyle.label(g)))
                        .append("</th>")
                        .append("<td>").append(OutcomeTable.cell(scenarios.last(0, g, m.metric()), m)).append("</td>")
                        .append("<td>").append(OutcomeTable.cell(scenarios.last(1, g, m.metric()), m)).append("</td>")
                        .append("<td>").append(difference(c, m)).append("</td>")
                        .append("<td>").append(percent(c)).append("</td>")
                        .append("<td>").append(Double.isNaN(c.effectSize()) ? NONE
                                : ComparisonText.number(c.effectSize(), 2)).append("</td>")
                        .append("<td>").append(ComparisonText.pValue(c.pValue())).append("</td>")
                        .append("<td>").append(needed(c)).append("</td></tr>\n");
                first = false;
            }
        }
        return b.append("</tbody></table></div>\n").toString();
    }

    private static String difference(PairedComparison c, Measure m) {
        if (c.n() == 0) return NONE;
        int d = ComparisonText.decimals(m, c);
        String mean = "<span class=\"mean\">" + ComparisonText.signed(c.difference() * m.scale(), d) + "</span>";
        if (Double.isNaN(c.differenceLow()) || c.identical()) return mean;
        return mean + "<br><span class=\"ci\">" + ComparisonText.number(c.differenceLow() * m.scale(), d) + " to "
                + ComparisonText.number(c.differenceHigh() * m.scale(), d) + "</span>";
    }

    private static String percent(PairedComparison c) {
        String change = ComparisonText.percentChange(c);
        if (change.isEmpty()) return NONE;
        String interval = ComparisonText.percentInterval(c);
        if (interval.isEmpty() || c.identical()) return change;
        return change + "<br><span class=\"ci\">" + interval + "</span>";
    }

    /** Only where the difference could not be told from none: a change already seen needs no more runs. */
    private static String needed(PairedComparison c) {
        if (c.distinguishable() || c.replicationsNeeded() == null) return NONE;
        return OutcomeTable.number(c.replicationsNeeded(), 0);
    }
}
