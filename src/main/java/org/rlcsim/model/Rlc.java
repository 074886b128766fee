package org.rlcsim.model;

import java.io.Serializable;
import java.util.List;
import org.rlcsim.model.mechanisms.Leadership;
import org.rlcsim.model.params.Activity;
import org.rlcsim.model.params.RlcParameters;

/**
 * The Recovery Learning Community: its weekly timetable and who facilitates what. Who comes is decided by {@link Attendance}; what happens in a session by
 * {@link Session}.
 */
public final class Rlc implements Serializable {
    private static final long serialVersionUID = 1L;

    private final RlcModel model;
    private final RlcParameters params;
    private final List<Activity> timetable;
    private final Availability availability;
    private final int[] leadersOf;
    private final ActivityTally tally;
    private final java.util.ArrayList<Person> firstVisitsToday = new java.util.ArrayList<>();
    /** Closed (on its closing day, or by a switch while the model runs): no sessions, outreach or members. */
    private boolean closed;

    Rlc(RlcModel model) {
        this.model = model;
        this.params = model.params().rlc();
        this.timetable = params.enabled() ? params.schedule() : List.of();
        availability = new Availability(timetable);
        leadersOf = new int[timetable.size()];
        tally = new ActivityTally(timetable.size());
    }

    public boolean enabled() { return params.enabled() && !timetable.isEmpty(); }

    /** Whether the community has an RLC and it is open today. */
    public boolean open() { return enabled() && !closed; }

    /**
     * Closing: members are members no more (as if they had drifted away, so they may come back
     * if it reopens) and leaders stand down. Their ties are left to fade or be kept up outside.
     */
    void close(Person[] people) {
        if (closed || !enabled()) return;
        closed = true;
        for (Person p : people) {
            standDown(p);
            if (p.member) {
                p.member = false;
                p.lapsed = true;
            }
            p.nextRlcStep = Thinning.NOW;
        }
    }

    /** Reopening: people's next steps towards the RLC are drawn afresh, from today. */
    void reopen(Person[] people) {
        if (!closed) return;
        closed = false;
        for (Person p : people) p.nextRlcStep = Thinning.NOW;
    }

    public List<Activity> timetable() { return timetable; }

    int[] activitiesOn(int day) {
        return availability.on(day);
    }

    /** Today's activities that {@code p} can come to (people at work: outside working hours). */
    int[] activitiesFor(Person p, int day) {
        return availability.forPerson(p, day);
    }

    /** Running totals of each activity's sessions, for planners' weekly figures. */
    public ActivityTally tally() { return tally; }

    /** The staff member who facilitates activity {@code a}. */
    int staffFor(int a) {
        return model.network().staffNode(a % Math.max(1, model.network().staffCount()));
    }

    public int leadersOf(int a) { return leadersOf[a]; }

    /** People who came for the first time today (for follow-up studies). */
    public java.util.List<Person> firstVisitsToday() {
        return java.util.Collections.unmodifiableList(firstVisitsToday);
    }

    void newDay() {
        firstVisitsToday.clear();
    }

    void firstVisit(Person p) {
        firstVisitsToday.add(p);
    }
    void appoint(Person p, int a) {
        p.leaderOf = a;
        leadersOf[a]++;
    }

    void standDown(Person p) {
        if (p.leaderOf < 0) return;
        leadersOf[p.leaderOf]--;
        p.leaderOf = -1;
    }

    /** Roles of activity {@code a} that {@code n} leaders gave up (see {@link Shard#standDown}). */
    void vacate(int a, int n) {
        leadersOf[a] -= n;
    }

    /** An admission: a leader's role passes to someone else. */
    void leaveForHospital(Person p) {
        standDown(p);
    }

    /** Weekly: fill leader roles the timetable offers with members who can be asked. */
    void recruitLeaders(Person[] people, int day, Leadership leadership) {
        int open = 0;
        int[] vacancies = new int[timetable.size()];
        for (int a = 0; a < timetable.size(); a++) {
            vacancies[a] = Math.max(0, leadership.roles(timetable.get(a)) - leadersOf[a]);
            open += vacancies[a];
        }
        if (open == 0) return;
        Person[] candidates = new Person[people.length];
        int n = 0;
        for (Person p : people) if (leadership.canBeAsked(p, day)) candidates[n++] = p;
        Draw.shuffle(model.random, candidates, n);
        int next = 0;
        for (int a = 0; a < timetable.size() && next < n; a++) {
            for (int v = 0; v < vacancies[a] && next < n; v++) appoint(candidates[next++], a);
        }
    }
}
