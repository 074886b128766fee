package org.rlcsim.observe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.TieType;

/**
 * Watches one run the way a study would: a baseline measure of everybody when observation starts
 * (day 0), group metrics every {@code every} days, newcomers followed up at their first visit and
 * 6 and 12 months later, and everybody measured again at the end. Reads the model, never changes it.
 */
public final class Observation {
    public static final int SIX_MONTHS = 182;
    public static final int TWELVE_MONTHS = 365;

    /** One line of the time series. */
    public record Row(int day, Group group, Metric metric, double value) {}

    /** Where rows go as they are observed (a file, a list, a chart). */
    public interface Sink {
        void accept(Row row);
    }

    private final int every;
    private final Sink sink;
    private final java.util.function.Consumer<ActivityWeek> weekSink;
    private final TimetableUse timetable = new TimetableUse();
    private RlcModel model;
    private NetworkView view;
    private int[] sizeStart;
    private double[] isolationStart;
    private double[] selfEsteemStart;
    private double[] copingStart;
    private double[] identityStart;
    private boolean[] employedStart;
    private FollowUp[] atJoin;
    private FollowUp[] at6m;
    private FollowUp[] at12m;
    private Map<Group, Map<Metric, Double>> last;
    /** Newcomers to measure again, by the day they are due. */
    private final Map<Integer, List<Person>> due = new HashMap<>();
    private int lastDay = Integer.MIN_VALUE;

    public Observation(int every, Sink sink) {
        this(every, sink, week -> {});
    }

    /** @param weekSink where each activity's figures go at the end of each week (see {@link TimetableUse}) */
    public Observation(int every, Sink sink, java.util.function.Consumer<ActivityWeek> weekSink) {
        if (every < 1) throw new IllegalArgumentException("every must be at least 1");
        this.every = every;
        this.sink = sink;
        this.weekSink = weekSink;
    }

    /** Called once when observation starts, after the burn-in (the model's day is -1). */
    public void begin(RlcModel model) {
        this.model = model;
        this.view = new NetworkView(model);
        Person[] people = model.people();
        int n = people.length;
        int day = model.today();
        sizeStart = new int[n];
        isolationStart = new double[n];
        selfEsteemStart = new double[n];
        copingStart = new double[n];
        identityStart = new double[n];
        employedStart = new boolean[n];
        atJoin = new FollowUp[n];
        at6m = new FollowUp[n];
        at12m = new FollowUp[n];
        timetable.begin(model);
        for (Person p : people) {
            sizeStart[p.id] = view.size(p, day);
            RlcModel.States states = model.statesOf(p);
            isolationStart[p.id] = p.isolation;
            selfEsteemStart[p.id] = states.selfEsteem();
            copingStart[p.id] = states.coping();
            identityStart[p.id] = states.identity();
            employedStart[p.id] = p.employed();
        }
    }

    /** Called after each observed day; {@code lastDay} says whether it is the run's last. */
    public void afterDay(boolean isLastDay) {
        int day = model.today();
        for (Person p : model.rlc().firstVisitsToday()) {
            atJoin[p.id] = followUp(p, day);
            due.computeIfAbsent(day + SIX_MONTHS, d -> new ArrayList<>()).add(p);
            due.computeIfAbsent(day + TWELVE_MONTHS, d -> new ArrayList<>()).add(p);
        }
        List<Person> followedUp = due.remove(day);
        if (followedUp != null) {
            for (Person p : followedUp) {
                if (day - p.firstVisitDay() == SIX_MONTHS) at6m[p.id] = followUp(p, day);
                else at12m[p.id] = followUp(p, day);
            }
        }
        for (ActivityWeek w : timetable.afterDay()) weekSink.accept(w);
        if (day % every == 0 || isLastDay) measureGroups(day);
    }

    /**
     * The group metrics of the day, to the sink. Kept out of {@link #afterDay}, which runs every
     * day: inlined there, the metrics made it one large method the JIT compiled at length just
     * before a run ended.
     */
    private void measureGroups(int day) {
        last = GroupMetrics.compute(model);
        lastDay = day;
        for (Group g : Group.values()) {
            for (Map.Entry<Metric, Double> e : last.get(g).entrySet()) {
                sink.accept(new Row(day, g, e.getKey(), e.getValue()));
            }
        }
    }

    private FollowUp followUp(Person p, int day) {
        return new FollowUp(view.size(p, day), view.friends(p, day), p.isolation, model.statesOf(p).selfEsteem());
    }

    /** Group metrics at the end of the run ("attenders": attended at least once by then, burn-in included). */
    public Map<Group, Map<Metric, Double>> summary() {
        if (last == null || lastDay != model.today()) last = GroupMetrics.compute(model);
        return last;
    }

    /** Each activity's weekly averages over the run's complete weeks (empty without an RLC). */
    public List<TimetableUse.ActivitySummary> timetableSummary() {
        return timetable.summary();
    }

    /** Every participant at the end of the run. */
    public List<PersonRecord> people() {
        int day = model.today();
        List<PersonRecord> out = new ArrayList<>();
        for (Person p : model.people()) {
            int[] byType = view.census(p, day);
            int size = 0;
            for (int t = 0; t < NetworkView.FRIENDS; t++) size += byType[t];
            boolean joinedDuringRun = p.hasAttended() && p.firstVisitDay() >= 0;
            RlcModel.States states = model.statesOf(p);
            out.add(new PersonRecord(p.id, p.hasAttended(), PersonRecord.day(p, p.firstVisitDay()),
                    PersonRecord.day(p, p.lastVisitDay()), p.visits(), p.leaderDays(), employedStart[p.id],
                    p.employed(), sizeStart[p.id], size, byType[TieType.FAMILY.ordinal()],
                    PersonRecord.ties(byType, TieType.RLC_PEER, TieType.RLC_STAFF),
                    byType[TieType.OUTSIDE.ordinal()], byType[TieType.COWORKER.ordinal()],
                    byType[NetworkView.FRIENDS], isolationStart[p.id], p.isolation, selfEsteemStart[p.id],
                    states.selfEsteem(), copingStart[p.id], states.coping(), identityStart[p.id], states.identity(),
                    states.responsibility(), states.socialAnxiety(), p.admissions(), p.erVisits(), p.bedDays(), p.jobsStarted(), p.turnedAway(),
                    joinedDuringRun ? atJoin[p.id] : null, joinedDuringRun ? at6m[p.id] : null,
                    joinedDuringRun ? at12m[p.id] : null));
        }
        return out;
    }
}
