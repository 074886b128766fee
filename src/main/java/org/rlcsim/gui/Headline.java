package org.rlcsim.gui;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;

/**
 * The few numbers a class follows while the model runs, counted in one pass over the people:
 * shown in the legend and, refreshed every day, in the Model tab.
 *
 * @param admissions admissions since day 0 (the model counts them from the end of the burn-in)
 * @param lonely     people whose isolation is at or above the loneliness threshold
 */
record Headline(int day, boolean rlcOpen, int participants, int members, int everCame, int cameToday, int leaders,
                int inHospital, int admissions, int employed, double meanIsolation, int lonely) {

    static Headline of(RlcModel m) {
        Person[] people = m.people();
        if (people == null) return new Headline(m.today(), false, 0, 0, 0, 0, 0, 0, 0, 0, Double.NaN, 0);
        int day = m.today();
        double lonelyFrom = m.params().loneliness().lonelyThreshold();
        int members = 0, ever = 0, today = 0, leaders = 0, hospital = 0, admissions = 0, employed = 0, lonely = 0;
        double isolation = 0;
        for (Person p : people) {
            if (p.member()) members++;
            if (p.hasAttended()) ever++;
            if (p.hasAttended() && p.lastVisitDay() == day) today++;
            if (p.isLeader()) leaders++;
            if (p.inHospital()) hospital++;
            admissions += p.admissions();
            if (p.employed()) employed++;
            isolation += p.isolation;
            if (p.isolation >= lonelyFrom) lonely++;
        }
        return new Headline(day, m.rlcOpen(), people.length, members, ever, today, leaders, hospital, admissions,
                employed, people.length == 0 ? Double.NaN : isolation / people.length, lonely);
    }
}
