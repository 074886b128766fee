package org.rlcsim.model.params;

import java.time.DayOfWeek;
import java.util.Set;
import org.rlcsim.model.ActivityType;
import org.rlcsim.model.Facilitator;
import org.rlcsim.model.Opportunity;

/** One entry of the RLC's weekly timetable. */
public record Activity(String name, ActivityType type, Set<DayOfWeek> days, int capacity,
                       Facilitator facilitator, Set<Opportunity> offers) {

    public boolean offers(Opportunity o) {
        return offers.contains(o);
    }
}
