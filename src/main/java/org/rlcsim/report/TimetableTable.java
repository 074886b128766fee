package org.rlcsim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlcsim.results.ActivityFigure;
import org.rlcsim.observe.TimetableUse;

/**
 * The timetable in use, A against B: for each activity (in A's order, then B's new ones, then
 * all together) the figures a planner budgets and staffs by, as weekly averages over the runs
 * with their 95% intervals. Activities are matched by name, as in "What differs".
 */
final class TimetableTable {
    private static final String NONE = "&mdash;";

    /** A planner's metric: its column heading, unit, and how it is shown. */
    private record Column(String metric, String heading, String unit, double scale, int decimals) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("sessions_per_week", "Sessions", "a week", 1, 1),
            new Column("attendance_per_week", "Visits", "a week", 1, 0),
            new Column("utilisation", "Seats taken", "%", 100, 0),
            new Column("turned_away_per_week", "Turned away", "a week", 1, 1),
            new Column("staff_hours_per_week", "Staff hours", "a week", 1, 1),
            new Column("leaders", "Participant leaders", "in role", 1, 1),
            new Column("employed_share", "Visits by people with a job", "%", 100, 1),
            new Column("mean_tenure_days", "Time since first visit", "days, per visit", 1, 0));

    private TimetableTable() {}

    static String html(List<ActivityFigure> figures) {
        if (figures.isEmpty()) return "<p>Neither scenario has an RLC: no timetable to compare.</p>\n";
        Map<String, Map<String, ActivityFigure[]>> byActivity = new LinkedHashMap<>();
        List<ActivityFigure> ordered = new ArrayList<>();
        for (ActivityFigure f : figures) if (!TimetableUse.ALL_ACTIVITIES.equals(f.activity())) ordered.add(f);
        for (ActivityFigure f : figures) if (TimetableUse.ALL_ACTIVITIES.equals(f.activity())) ordered.add(f);
        for (ActivityFigure f : ordered) {
            byActivity.computeIfAbsent(f.activity(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.metric(), k -> new ActivityFigure[2])[f.point()] = f;
        }
        StringBuilder b = new StringBuilder(8192);
        b.append("<div class=\"scroll\"><table class=\"outcomes\">\n<thead><tr><th scope=\"col\">Activity</th>")
                .append("<th scope=\"col\"></th>");
        for (Column c : COLUMNS) {
            b.append("<th scope=\"col\">").append(Html.escape(c.heading())).append("<br><span class=\"unit\">")
                    .append(Html.escape(c.unit())).append("</span></th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Map<String, ActivityFigure[]>> e : byActivity.entrySet()) {
            for (int point = 0; point < 2; point++) {
                b.append(point == 0 ? "<tr class=\"first\">" : "<tr>");
                if (point == 0) {
                    b.append("<th scope=\"rowgroup\" rowspan=\"2\">").append(Html.escape(e.getKey())).append("</th>");
                }
                b.append("<th scope=\"row\">").append(point == 0 ? "A" : "B").append("</th>");
                for (Column c : COLUMNS) {
                    ActivityFigure[] ab = e.getValue().get(c.metric());
                    b.append("<td>").append(cell(ab == null ? null : ab[point], c)).append("</td>");
                }
                b.append("</tr>\n");
            }
        }
        return b.append("</tbody></table></div>\n").toString();
    }

    private static String cell(ActivityFigure f, Column c) {
        if (f == null || f.n() == 0 || Double.isNaN(f.mean())) return NONE;
        String mean = "<span class=\"mean\">" + OutcomeTable.number(f.mean() * c.scale(), c.decimals()) + "</span>";
        if (Double.isNaN(f.ciLow()) || f.ciLow() == f.ciHigh()) return mean;
        return mean + "<br><span class=\"ci\">" + OutcomeTable.number(Math.max(0, f.ciLow()) * c.scale(), c.decimals())
                + "&ndash;" + OutcomeTable.number(f.ciHigh() * c.scale(), c.decimals()) + "</span>";
    }
}
