package org.rlcsim.model.params;

import java.util.List;

/**
 * The Recovery Learning Community.
 *
 * @param enabled whether the community has an RLC at all
 * @param staff   paid peer staff (people with lived experience)
 */
public record RlcParameters(boolean enabled, int staff, Atmosphere atmosphere, Opportunities opportunities,
                            AttendanceRules attendance, List<Activity> schedule) {

    public RlcParameters {
        schedule = List.copyOf(schedule);
    }
}
