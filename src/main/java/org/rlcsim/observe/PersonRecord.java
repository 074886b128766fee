package org.rlcsim.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

    /** A column of agents.csv: its name, and its value in a record (null for an empty cell). */
    private record Column(String name, Function<PersonRecord, Object> value) {}

    /**
     * Every column, in file order. Read one by one rather than from one long method: listing
     * 42 boxed values in one method made it large enough for the JIT to spend 0.4 s of CPU
     * compiling it while a 10,000-person run wrote its last file.
     */
    private static final List<Column> COLUMNS = List.of(
            new Column("id", PersonRecord::id),
            new Column("attended", r -> r.attended ? 1 : 0),
            new Column("first_visit_day", PersonRecord::firstVisitDay),
            new Column("last_visit_day", PersonRecord::lastVisitDay),
            new Column("visits", PersonRecord::visits),
            new Column("leader_days", PersonRecord::leaderDays),
            new Column("employed_start", r -> r.employedStart ? 1 : 0),
            new Column("employed_end", r -> r.employedEnd ? 1 : 0),
            new Column("network_size_start", PersonRecord::networkSizeStart),
            new Column("network_size_end", PersonRecord::networkSizeEnd),
            new Column("family_ties_end", PersonRecord::familyTiesEnd),
            new Column("rlc_ties_end", PersonRecord::rlcTiesEnd),
            new Column("outside_ties_end", PersonRecord::outsideTiesEnd),
            new Column("coworker_ties_end", PersonRecord::coworkerTiesEnd),
            new Column("friends_end", PersonRecord::friendsEnd),
            new Column("isolation_start", PersonRecord::isolationStart),
            new Column("isolation_end", PersonRecord::isolationEnd),
            new Column("self_esteem_start", PersonRecord::selfEsteemStart),
            new Column("self_esteem_end", PersonRecord::selfEsteemEnd),
            new Column("coping_start", PersonRecord::copingStart),
            new Column("coping_end", PersonRecord::copingEnd),
            new Column("identity_start", PersonRecord::identityStart),
            new Column("identity_end", PersonRecord::identityEnd),
            new Column("responsibility_end", PersonRecord::responsibilityEnd),
            new Column("social_anxiety_end", PersonRecord::socialAnxietyEnd),
            new Column("admissions", PersonRecord::admissions),
            new Column("er_visits", PersonRecord::erVisits),
            new Column("bed_days", PersonRecord::bedDays),
            new Column("jobs_started", PersonRecord::jobsStarted),
            new Column("turned_away", PersonRecord::turnedAway),
            followUp("network_size_join", PersonRecord::atJoin, FollowUp::networkSize),
            followUp("network_size_6m", PersonRecord::at6m, FollowUp::networkSize),
            followUp("network_size_12m", PersonRecord::at12m, FollowUp::networkSize),
            followUp("friends_join", PersonRecord::atJoin, FollowUp::friends),
            followUp("friends_6m", PersonRecord::at6m, FollowUp::friends),
            followUp("friends_12m", PersonRecord::at12m, FollowUp::friends),
            followUp("isolation_join", PersonRecord::atJoin, FollowUp::isolation),
            followUp("isolation_6m", PersonRecord::at6m, FollowUp::isolation),
            followUp("isolation_12m", PersonRecord::at12m, FollowUp::isolation),
            followUp("self_esteem_join", PersonRecord::atJoin, FollowUp::selfEsteem),
            followUp("self_esteem_6m", PersonRecord::at6m, FollowUp::selfEsteem),
            followUp("self_esteem_12m", PersonRecord::at12m, FollowUp::selfEsteem));

    public static final List<String> HEADER = COLUMNS.stream().map(Column::name).toList();

    /** A follow-up measure: empty for those not followed up then (first came before the run, or the run ended first). */
    private static Column followUp(String name, Function<PersonRecord, FollowUp> when, Function<FollowUp, Object> what) {
        return new Column(name, r -> {
            FollowUp f = when.apply(r);
            return f == null ? null : what.apply(f);
        });
    }

    /** The values in {@link #HEADER} order; null where there is no value (written as an empty cell). */
    public List<Object> values() {
        List<Object> v = new ArrayList<>(COLUMNS.size());
        for (Column c : COLUMNS) v.add(c.value().apply(this));
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
