package org.rlcsim.observe;

import java.util.ArrayList;
import java.util.List;
import org.rlcsim.model.ActivityTally;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.params.Activity;

/**
 * The planner's view of a run: each activity's figures week by week (complete weeks of the
 * observation, from the RLC's running totals), and the same over the whole run as weekly
 * averages. Reads the model, never changes it.
 */
public final class TimetableUse {
    /** The run's weekly averages per activity, one value per metric of {@link #SUMMARY_METRICS}. */
    public record ActivitySummary(String activity, List<Double> values) {}

    public static final List<String> SUMMARY_METRICS = List.of("sessions_per_week", "attendance_per_week",
            "utilisation", "turned_away_per_week", "leaders", "staff_hours_per_week", "newcomers_per_week",
            "employed_share", "mean_isolation", "mean_tenure_days");
    /** The row that adds up every activity. */
    public static final String ALL_ACTIVITIES = "All activities";

    private RlcModel model;
    private Totals[] atWeekStart;
    private Totals[] atStart;
    private double[] leaderSum;

    /** Called once when observation starts (the model's day is -1). */
    public void begin(RlcModel model) {
        this.model = model;
        atStart = atWeekStart = snapshot();
        leaderSum = new double[atStart.length];
    }

    /** Called after each observed day: at the end of each complete week, that week's rows. */
    public List<ActivityWeek> afterDay() {
        int day = model.today();
        if (atStart.length == 0 || day % 7 != 6) return List.of();
        Totals[] now = snapshot();
        List<ActivityWeek> rows = new ArrayList<>();
        int week = day / 7;
        int leadersAll = 0;
        for (int a = 0; a < now.length - 1; a++) {
            int leaders = model.rlc().leadersOf(a);
            leaderSum[a] += leaders;
            leadersAll += leaders;
            rows.add(now[a].minus(atWeekStart[a]).week(week, name(a), leaders));
        }
        leaderSum[now.length - 1] += leadersAll;
        rows.add(now[now.length - 1].minus(atWeekStart[now.length - 1]).week(week, ALL_ACTIVITIES, leadersAll));
        atWeekStart = now;
        return rows;
    }

    /** Over the complete weeks observed: weekly averages of counts, and ratios over all visits. */
    public List<ActivitySummary> summary() {
        List<ActivitySummary> out = new ArrayList<>();
        if (atStart.length == 0) return out;
        int completeWeeks = (model.today() + 1) / 7;
        for (int a = 0; a < atStart.length; a++) {
            Totals t = atWeekStart[a].minus(atStart[a]);
            double w = completeWeeks;
            out.add(new ActivitySummary(a == atStart.length - 1 ? ALL_ACTIVITIES : name(a), List.of(
                    t.sessions / w, t.present / w, t.seats == 0 ? Double.NaN : (double) t.present / t.seats,
                    t.turnedAway / w, leaderSum[a] / w, t.staffHours / w, t.newcomers / w,
                    t.share(t.employed), t.share(t.isolation), t.share(t.tenure))));
        }
        return out;
    }

    private String name(int a) {
        return model.rlc().timetable().get(a).name();
    }

    /**
     * Running totals of every activity and, last, of all of them together; none without an RLC.
     * An RLC that has closed keeps its totals, which simply stop growing.
     */
    private Totals[] snapshot() {
        if (!model.rlc().enabled()) return new Totals[0];
        ActivityTally tally = model.rlc().tally();
        List<Activity> timetable = model.rlc().timetable();
        Totals[] t = new Totals[tally.activities() + 1];
        Totals all = new Totals();
        for (int a = 0; a < tally.activities(); a++) {
            t[a] = new Totals(tally, a, timetable.get(a).capacity());
            all = all.plus(t[a]);
        }
        t[tally.activities()] = all;
        return t;
    }

    /** An activity's running totals; subtracting two gives what happened in between. */
    private record Totals(long sessions, long cancelled, long seats, long wanted, long present, long turnedAway,
                          long leaderVisits, long employed, long newcomers, double isolation, double tenure,
                          double staffHours) {
        Totals() {
            this(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        Totals(ActivityTally t, int a, int capacity) {
            this(t.sessions(a), t.cancelled(a), t.sessions(a) * capacity, t.atTheDoor(a), t.present(a),
                    t.turnedAway(a), t.leadersPresent(a), t.employedPresent(a), t.newcomers(a), t.isolationPresent(a),
                    t.tenureDaysPresent(a), t.staffHours(a));
        }

        Totals plus(Totals o) {
            return new Totals(sessions + o.sessions, cancelled + o.cancelled, seats + o.seats, wanted + o.wanted,
                    present + o.present, turnedAway + o.turnedAway, leaderVisits + o.leaderVisits,
                    employed + o.employed, newcomers + o.newcomers, isolation + o.isolation, tenure + o.tenure,
                    staffHours + o.staffHours);
        }

        Totals minus(Totals o) {
            return new Totals(sessions - o.sessions, cancelled - o.cancelled, seats - o.seats, wanted - o.wanted,
                    present - o.present, turnedAway - o.turnedAway, leaderVisits - o.leaderVisits,
                    employed - o.employed, newcomers - o.newcomers, isolation - o.isolation, tenure - o.tenure,
                    staffHours - o.staffHours);
        }

        double share(double sum) {
            return present == 0 ? Double.NaN : sum / present;
        }

        ActivityWeek week(int week, String activity, int leaders) {
            return new ActivityWeek(week, activity, sessions, cancelled, seats, wanted, present, turnedAway, leaders,
                    leaderVisits, staffHours, newcomers, share(employed), share(isolation), share(tenure));
        }
    }
}
