package org.rlcsim.observe;

import java.util.ArrayList;
import java.util.List;
import org.rlcsim.model.Person;
import org.rlcsim.model.TieType;

/**
 * One participant at the end of a run, with the values at the start and, for those who first came
 * during the run, at their first visit and 6 and 12 months later.
 */
public record PersonRecord(int id, boolean attended, Integer firstVisitDay, Integer lastVisitDay, int visits,
                           int leaderDays, boolean employedStart, boolean employedEnd,
                           int networkSizeStart, int networkSizeEnd, int familyTiesEnd, int rlcTiesEnd,
                           int outsideTiesEnd, int coworkerTiesEnd, int friendsEnd,
                           double isolationStart, double isolationEnd, double selfEsteemStart, double selfEsteemEnd,
                           double copingStart, double copingEnd, double identityStart, double identityEnd,
                           double responsibilityEnd, double socialAnxietyEnd,
                           int admissions, int erVisits, int bedDays, int jobsStarted, int turnedAway,
                           FollowUp atJoin, FollowUp at6m, FollowUp at12m) {

    public static final List<String> HEADER = List.of("id", "attended", "first_visit_day", "last_visit_day", "visits",
            "leader_days", "employed_start", "employed_end", "network_size_start", "network_size_end",
            "family_ties_end", "rlc_ties_end", "outside_ties_end", "coworker_ties_end", "friends_end",
            "isolation_start", "isolation_end", "self_esteem_start", "self_esteem_end", "coping_start", "coping_end",
            "identity_start", "identity_end", "responsibility_end", "social_anxiety_end",
            "admissions", "er_visits", "bed_days", "jobs_started", "turned_away",
            "network_size_join", "network_size_6m", "network_size_12m", "friends_join", "friends_6m", "friends_12m",
            "isolation_join", "isolation_6m", "isolation_12m", "self_esteem_join", "self_esteem_6m",
            "self_esteem_12m");

    /** The values in {@link #HEADER} order; null where there is no value (written as an empty cell). */
    public List<Object> values() {
        List<Object> v = new ArrayList<>(HEADER.size());
        v.add(id);
        v.add(attended ? 1 : 0);
        v.add(firstVisitDay);
        v.add(lastVisitDay);
        v.add(visits);
        v.add(leaderDays);
        v.add(employedStart ? 1 : 0);
        v.add(employedEnd ? 1 : 0);
        v.add(networkSizeStart);
        v.add(networkSizeEnd);
        v.add(familyTiesEnd);
        v.add(rlcTiesEnd);
        v.add(outsideTiesEnd);
        v.add(coworkerTiesEnd);
        v.add(friendsEnd);
        v.add(isolationStart);
        v.add(isolationEnd);
        v.add(selfEsteemStart);
        v.add(selfEsteemEnd);
        v.add(copingStart);
        v.add(copingEnd);
        v.add(identityStart);
        v.add(identityEnd);
        v.add(responsibilityEnd);
        v.add(socialAnxietyEnd);
        v.add(admissions);
        v.add(erVisits);
        v.add(bedDays);
        v.add(jobsStarted);
        v.add(turnedAway);
        v.add(atJoin == null ? null : atJoin.networkSize());
        v.add(at6m == null ? null : at6m.networkSize());
        v.add(at12m == null ? null : at12m.networkSize());
        v.add(atJoin == null ? null : atJoin.friends());
        v.add(at6m == null ? null : at6m.friends());
        v.add(at12m == null ? null : at12m.friends());
        v.add(atJoin == null ? null : atJoin.isolation());
        v.add(at6m == null ? null : at6m.isolation());
        v.add(at12m == null ? null : at12m.isolation());
        v.add(atJoin == null ? null : atJoin.selfEsteem());
        v.add(at6m == null ? null : at6m.selfEsteem());
        v.add(at12m == null ? null : at12m.selfEsteem());
        return v;
    }

    static int ties(int[] byType, TieType... types) {
        int n = 0;
        for (TieType t : types) n += byType[t.ordinal()];
        return n;
    }

    static Integer day(Person p, int value) {
        return value == Person.NEVER ? null : value;
    }
}
