package org.rlcsim.observe;

import org.rlcsim.model.Person;

/** The groups every outcome is reported for. */
public enum Group {
    ALL("all"),
    /** Attended the RLC at least once by the day observed. */
    ATTENDERS("attenders"),
    /** Never attended by the day observed: the comparison group from the same community. */
    NON_ATTENDERS("non_attenders");

    private final String key;

    Group(String key) { this.key = key; }

    public String key() { return key; }

    public boolean contains(Person p, int day) {
        boolean attended = p.hasAttended() && p.firstVisitDay() <= day;
        return switch (this) {
            case ALL -> true;
            case ATTENDERS -> attended;
            case NON_ATTENDERS -> !attended;
        };
    }
}
