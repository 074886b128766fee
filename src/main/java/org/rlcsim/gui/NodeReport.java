package org.rlcsim.gui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.SocialNetwork;
import org.rlcsim.model.Tie;
import org.rlcsim.model.TieType;
import org.rlcsim.report.Html;

/** The page an inspector shows about a node: who they are, how they are, what happened, whom they know. */
final class NodeReport implements NodeInspector.Source {
    private static final int MOST_EVENTS = 40;

    private final Supplier<RlcModel> model;
    private final PersonHistory history;

    NodeReport(Supplier<RlcModel> model, PersonHistory history) {
        this.model = model;
        this.history = history;
    }

    @Override
    public String describe(NodeView node) {
        RlcModel m = model.get();
        StringBuilder html = new StringBuilder("<html><body style='font-family:sans-serif'>");
        html.append("<h3>").append(Html.escape(node.toString())).append("</h3>");
        if (m.people() == null) return html.append("<p>The model has not started.</p></body></html>").toString();
        if (node.isParticipant()) participant(node.person, m, html);
        else other(node, m, html);
        return html.append("</body></html>").toString();
    }

    private void participant(Person p, RlcModel m, StringBuilder html) {
        int day = m.today();
        html.append("<p>").append(Html.escape(standing(p, m))).append("</p>");
        html.append("<b>How they are</b> (0 to 1)<table>");
        row(html, "isolation", p.isolation, p.isolation >= m.params().loneliness().lonelyThreshold() ? "lonely" : "");
        RlcModel.States states = m.statesOf(p);
        row(html, "self-esteem", states.selfEsteem(), "");
        row(html, "coping", states.coping(), "");
        row(html, "identity (capable person)", states.identity(), "");
        row(html, "responsibility", states.responsibility(), "");
        row(html, "social anxiety", states.socialAnxiety(), "");
        if (p.member()) row(html, "sense of community", p.belonging, "");
        html.append("</table>");
        html.append("<p><b>History</b><br>");
        if (p.hasAttended()) {
            html.append("RLC: ").append(p.visits()).append(" days with a visit, first on day ").append(p.firstVisitDay())
                    .append(", last on day ").append(p.lastVisitDay());
            if (p.leaderDays() > 0) html.append("; a leader for ").append(p.leaderDays()).append(" days in all");
            html.append("<br>");
        }
        html.append("Hospital since day 0: ").append(count(p.admissions(), "admission")).append(", ")
                .append(count(p.erVisits(), "emergency visit")).append(", ").append(count(p.bedDays(), "bed day"))
                .append("<br>Work: ").append(p.employed() ? "has a job" : "no job").append(", ")
                .append(count(p.jobsStarted(), "job")).append(" started since day 0</p>");
        List<String> events = history.of(p.id);
        if (!events.isEmpty()) {
            html.append("<p><b>Seen on the display</b> (latest first)<br>");
            for (int i = events.size() - 1; i >= Math.max(0, events.size() - MOST_EVENTS); i--) {
                html.append(Html.escape(events.get(i))).append("<br>");
            }
            html.append("</p>");
        }
        ties(p, m, day, html);
    }

    private static String standing(Person p, RlcModel m) {
        String s;
        if (p.member()) {
            s = "Comes to the RLC";
            if (p.isLeader()) s += ", co-facilitates " + m.rlc().timetable().get(p.ledActivity()).name();
        } else if (p.hasAttended()) {
            s = !m.rlcOpen() ? "Came to the RLC until it closed"
                    : p.leftForGood() ? "Came to the RLC, left for good" : "Came to the RLC, then drifted away";
        } else {
            s = p.aware() ? "Has heard of the RLC, never came" : "Has not heard of the RLC";
        }
        return s + (p.inHospital() ? "; in hospital" : "") + ".";
    }

    private static void ties(Person p, RlcModel m, int day, StringBuilder html) {
        SocialNetwork net = m.network();
        List<Tie> live = new ArrayList<>();
        for (int k = 0; k < p.tieCount(); k++) if (p.ties()[k].isAliveOn(day)) live.add(p.ties()[k]);
        live.sort(Comparator.comparing((Tie t) -> t.type).thenComparing(t -> -t.strengthOn(day)));
        html.append("<p><b>Ties</b>: ").append(live.size());
        for (TieType t : TieType.ALL) {
            long n = live.stream().filter(x -> x.type == t).count();
            if (n > 0) html.append(", ").append(n).append(' ').append(Html.escape(Words.tie(t)));
        }
        html.append("</p><table><tr><th align=left>kind</th><th align=left>with</th><th>strength</th><th>since day</th></tr>");
        for (Tie t : live) {
            int other = t.other(p.id);
            String who = net.isParticipant(other) ? "participant " + other : Words.role(net.role(other)) + " " + other;
            html.append("<tr><td>").append(Html.escape(Words.tie(t.type))).append("</td><td>").append(Html.escape(who))
                    .append("</td><td align=right>").append(fmt(t.strengthOn(day))).append("</td><td align=right>")
                    .append(t.formedDay).append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void other(NodeView node, RlcModel m, StringBuilder html) {
        int day = m.today();
        html.append("<p>Ties with participants:</p><table>");
        int n = 0;
        for (Person p : m.people()) {
            Tie t = p.tieWith(node.id);
            if (t == null || !t.isAliveOn(day)) continue;
            n++;
            html.append("<tr><td>participant ").append(p.id).append("</td><td>").append(Html.escape(Words.tie(t.type)))
                    .append("</td><td align=right>").append(fmt(t.strengthOn(day))).append("</td><td>since day ")
                    .append(t.formedDay).append("</td></tr>");
        }
        html.append("</table>");
        if (n == 0) html.append("<p>None now.</p>");
    }

    private static void row(StringBuilder html, String name, double value, String note) {
        html.append("<tr><td>").append(name).append("</td><td align=right>").append(fmt(value)).append("</td><td>")
                .append(note).append("</td></tr>");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
