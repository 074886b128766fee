package org.rlcsim.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlcsim.Runs;
import org.rlcsim.experiment.SingleRun;

/** The planner's weekly figures per activity. */
class TimetableUseTest {

    private static List<ActivityWeek> weeks(String... overrides) {
        List<ActivityWeek> weeks = new ArrayList<>();
        SingleRun.run(Runs.params(overrides), new Observation(7, row -> {}, weeks::add));
        return weeks;
    }

    @Test
    void anRlcThatClosesKeepsItsWeeklyRowsWithNoSessionsFromThen() {
        List<ActivityWeek> weeks = weeks("population.participants=300", "burn_in_days=100", "days=140",
                "rlc.closing_day=70");
        List<ActivityWeek> all = weeks.stream().filter(w -> w.activity().equals(TimetableUse.ALL_ACTIVITIES)).toList();
        assertEquals(20, all.size(), "a row for each of the 20 complete weeks");
        for (ActivityWeek w : all) {
            if (w.week() < 10) assertTrue(w.sessions() > 0, "sessions in week " + w.week() + ", before it closed");
            else assertEquals(0, w.sessions(), "sessions in week " + w.week() + ", after it closed on day 70");
        }
    }

    @Test
    void aCommunityWithoutAnRlcHasNoActivityRows() {
        assertTrue(weeks("population.participants=200", "burn_in_days=30", "days=60", "rlc.enabled=false").isEmpty());
    }
}
