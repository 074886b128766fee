package org.rlcsim.model;

import java.io.Serializable;

/**
 * Running totals of what happened at each activity of the timetable since the model started:
 * what a programme planner counts (sessions held, people at the door and in the room, people
 * turned away, who came, staff hours). Observers take differences between two days to get a
 * week's figures, so the model keeps no calendar of them. Indexed by timetable position.
 */
public final class ActivityTally implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long[] sessions;
    private final long[] cancelled;
    private final long[] atTheDoor;
    private final long[] present;
    private final long[] turnedAway;
    private final long[] leadersPresent;
    private final long[] employedPresent;
    private final long[] newcomers;
    private final double[] isolationPresent;
    private final double[] tenureDaysPresent;
    private final double[] staffHours;

    ActivityTally(int activities) {
        sessions = new long[activities];
        cancelled = new long[activities];
        atTheDoor = new long[activities];
        present = new long[activities];
        turnedAway = new long[activities];
        leadersPresent = new long[activities];
        employedPresent = new long[activities];
        newcomers = new long[activities];
        isolationPresent = new double[activities];
        tenureDaysPresent = new double[activities];
        staffHours = new double[activities];
    }

    /** A participant-led session that could not run: none of its leaders came. */
    void cancelled(int a, int wanted) {
        cancelled[a]++;
        atTheDoor[a] += wanted;
    }

    /** A session held, with {@code wanted} people at the door, of whom {@code seated} got in. */
    void held(int a, int wanted, int seated, int leaders, double hours, boolean staffLed) {
        sessions[a]++;
        atTheDoor[a] += wanted;
        present[a] += seated;
        turnedAway[a] += wanted - seated;
        leadersPresent[a] += leaders;
        if (staffLed) staffHours[a] += hours;
    }

    /** One person in the room, after their visit was recorded. */
    void attendee(int a, Person p, int day) {
        if (p.employed) employedPresent[a]++;
        if (p.firstVisitDay == day) newcomers[a]++;
        isolationPresent[a] += p.isolation;
        tenureDaysPresent[a] += day - p.firstVisitDay;
    }

    public int activities() { return sessions.length; }
    public long sessions(int a) { return sessions[a]; }
    public long cancelled(int a) { return cancelled[a]; }
    public long atTheDoor(int a) { return atTheDoor[a]; }
    public long present(int a) { return present[a]; }
    public long turnedAway(int a) { return turnedAway[a]; }
    public long leadersPresent(int a) { return leadersPresent[a]; }
    public long employedPresent(int a) { return employedPresent[a]; }
    public long newcomers(int a) { return newcomers[a]; }
    public double isolationPresent(int a) { return isolationPresent[a]; }
    public double tenureDaysPresent(int a) { return tenureDaysPresent[a]; }
    public double staffHours(int a) { return staffHours[a]; }
}
