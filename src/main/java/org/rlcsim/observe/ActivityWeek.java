package org.rlcsim.observe;

import java.util.List;

/**
 * One activity's week, as a programme planner counts it: sessions held, seats offered and taken,
 * people turned away at the door, participant leaders, staff hours, and who came (by visits: a
 * person who came twice counts twice, as on a sign-in sheet). Ratios are NaN when nobody came.
 *
 * @param week        weeks since observation started, 0 first (days 0 to 6)
 * @param cancelled   participant-led sessions that did not run because no leader came
 * @param seats       capacity times sessions held
 * @param wanted      people who came to the door, turned away or not
 * @param attendance  visits: people in the room, summed over the week's sessions
 * @param leaders     participants holding a leader role of the activity at the end of the week
 * @param leaderVisits sessions co-facilitated by participant leaders, counted per leader
 */
public record ActivityWeek(int week, String activity, long sessions, long cancelled, long seats, long wanted,
                           long attendance, long turnedAway, int leaders, long leaderVisits, double staffHours,
                           long newcomers, double employedShare, double meanIsolation, double meanTenureDays) {

    public static final List<String> HEADER = List.of("week", "activity", "sessions", "cancelled", "seats", "wanted",
            "attendance", "utilisation", "turned_away", "leaders", "leader_visits", "staff_hours", "newcomers",
            "employed_share", "mean_isolation", "mean_tenure_days");

    /** Share of the seats offered that were taken (NaN when no session was held). */
    public double utilisation() {
        return seats == 0 ? Double.NaN : (double) attendance / seats;
    }

    public List<Object> values() {
        return List.of(week, activity, sessions, cancelled, seats, wanted, attendance, utilisation(), turnedAway, leaders,
                leaderVisits, staffHours, newcomers, employedShare, meanIsolation, meanTenureDays);
    }
}
