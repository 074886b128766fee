package org.rlcsim.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.rlcsim.results.DesignPoint;
import org.rlcsim.observe.Group;

/** The table of headline outcomes on the last day: a row per design point and group, mean and 95% interval. */
final class OutcomeTable {
    // the group's size first: a planner weighs every other number by it
    static final List<Measure> COLUMNS = Stream.concat(Stream.of(Measure.PEOPLE), Measure.HEADLINE.stream()).toList();
    private static final String NONE = "&mdash;";

    private OutcomeTable() {}

    static String html(Aggregates data, List<DesignPoint> points, List<String> variedKeys) {
        boolean several = points.size() > 1;
        StringBuilder b = new StringBuilder(4096);
        b.append("<div class=\"scroll\"><table class=\"outcomes\">\n<thead><tr>");
        if (several) b.append("<th scope=\"col\">Point</th>");
        b.append("<th scope=\"col\">Group</th>");
        for (Measure m : COLUMNS) {
            b.append("<th scope=\"col\">").append(Html.escape(m.label())).append("<br><span class=\"unit\">")
                    .append(Html.escape(m.unit())).append("</span></th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (DesignPoint p : points) {
            boolean first = true;
            for (Group g : Group.values()) {
                b.append(first ? "<tr class=\"first\">" : "<tr>");
                if (several && first) {
                    b.append("<th scope=\"rowgroup\" rowspan=\"").append(Group.values().length).append("\">")
                            .append(p.id()).append(pointValues(p, variedKeys)).append("</th>");
                }
                b.append("<th scope=\"row\">").append(Html.escape(ChartStyle.label(g))).append("</th>");
                for (Measure m : COLUMNS) b.append("<td>").append(cell(data.last(p.id(), g, m.metric()), m)).append("</td>");
                b.append("</tr>\n");
                first = false;
            }
        }
        b.append("</tbody></table></div>\n");
        return b.toString();
    }

    /** The point's values under its number, so a reader need not look them up. */
    private static String pointValues(DesignPoint p, List<String> keys) {
        StringBuilder b = new StringBuilder();
        for (String k : keys) {
            b.append("<br><span class=\"unit\">").append(Html.escape(PointText.keyWords(k))).append(' ')
                    .append(Html.escape(PointText.value(p.values().get(k)))).append("</span>");
        }
        return b.toString();
    }

    /** "9.4" over "9.2 to 9.6"; a dash where the group had nobody. */
    static String cell(Optional<Estimate> value, Measure m) {
        if (value.isEmpty()) return NONE;
        Estimate e = value.get().scaled(m.scale());
        String mean = "<span class=\"mean\">" + number(e.mean(), m.decimals()) + "</span>";
        // a zero-width interval (no spread between runs, e.g. the group's size) adds nothing to read
        if (!e.hasInterval() || e.halfWidth() == 0) return mean;
        return mean + "<br><span class=\"ci\">" + number(e.low(), m.decimals()) + "&ndash;"
                + number(e.high(), m.decimals()) + "</span>";
    }

    /** Fixed decimals with thousands separators, the same on every machine whatever its locale. */
    static String number(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
        // a mean that rounds to zero from below would otherwise print as "-0.0"
        return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
    }
}
