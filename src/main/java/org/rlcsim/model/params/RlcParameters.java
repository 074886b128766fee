package org.rlcsim.model.params;

import java.util.List;

/**
 * The Recovery Learning Community.
 *
 * @param enabled    whether the community has an RLC at all
 * @param staff      paid peer staff (people with lived experience)
 * @param closingDay the day the RLC closes for good, counted like the model's day (0 = first observed day);
 *                   0 for never
 */
public record RlcParameters(boolean enabled, int staff, Atmosphere atmosphere, Opportunities opportunities,
                            AttendanceRules attendance, List<Activity> schedule, int closingDay) {

    public RlcParameters {
        schedule = List.copyOf(schedule);
    }
}
