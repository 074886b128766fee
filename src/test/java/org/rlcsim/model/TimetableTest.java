package org.rlcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rlcsim.Runs;

/** The timetable drives the model: capacity, the hours people can come, and whether sessions run at all. */
class TimetableTest {
    private static final String[] SMALL = {"population.participants=800", "days=180", "burn_in_days=180"};

    private static RlcModel run(String... extra) {
        String[] all = new String[SMALL.length + extra.length];
        System.arraycopy(SMALL, 0, all, 0, SMALL.length);
        System.arraycopy(extra, 0, all, SMALL.length, extra.length);
        return Runs.run(all).model();
    }

    private static int index(RlcModel m, ActivityType type) {
        for (int a = 0; a < m.rlc().timetable().size(); a++) if (m.rlc().timetable().get(a).type() == type) return a;
        throw new AssertionError("no " + type);
    }

    @Test
    void anActivityAtCapacityTurnsPeopleAway() {
        RlcModel roomy = run();
        RlcModel tight = run("rlc.schedule[4].capacity=2");
        int lab = index(tight, ActivityType.COMPUTER_LAB);
        ActivityTally t = tight.rlc().tally();
        assertTrue(t.turnedAway(lab) > 0, "turned away from a lab of 2 seats: " + t.turnedAway(lab));
        assertTrue(t.present(lab) <= 2 * t.sessions(lab), "never more people in the room than seats");
        assertEquals(t.atTheDoor(lab), t.present(lab) + t.turnedAway(lab));
        assertTrue(t.turnedAway(lab) > 10 * roomy.rlc().tally().turnedAway(lab) + 10,
                "a bigger room turns fewer away: " + roomy.rlc().tally().turnedAway(lab));
        int turnedAwayPeople = 0;
        for (Person p : tight.people()) turnedAwayPeople += p.turnedAway();
        assertTrue(turnedAwayPeople >= t.turnedAway(lab), "each person counts the times they were turned away");
    }

    @Test
    void withoutSessionsNoRlcTiesForm() {
        RlcModel none = run("rlc.enabled=false");
        for (Person p : none.people()) {
            assertEquals(0, p.tiesOf(TieType.RLC_PEER) + p.tiesOf(TieType.RLC_STAFF), "person " + p.id);
            assertEquals(0, p.visits());
        }
        RlcModel some = run();
        int rlcTies = 0;
        for (Person p : some.people()) rlcTies += p.tiesOf(TieType.RLC_PEER) + p.tiesOf(TieType.RLC_STAFF);
        assertTrue(rlcTies > 100, "with sessions, RLC ties: " + rlcTies);
    }

    @Test
    void anEveningActivityDrawsMoreEmployedAttendersThanTheSameInTheDaytime() {
        double day = employedShare(run(), 0);
        double evening = employedShare(run("rlc.schedule[0].time=evening"), 0);
        assertEquals(0.0, day, "nobody at work comes to a weekday morning group");
        assertTrue(evening > 0.05, "employed share of visits in the evening: " + evening);
    }

    @Test
    void peopleAtWorkStillComeAtTheWeekend() {
        RlcModel m = run();
        int outing = index(m, ActivityType.SOCIAL_OUTING);
        assertTrue(employedShare(m, outing) > 0, "employed visits to the Saturday outing");
    }

    private static double employedShare(RlcModel m, int a) {
        ActivityTally t = m.rlc().tally();
        assertTrue(t.present(a) > 100, "visits to " + a + ": " + t.present(a));
        return (double) t.employedPresent(a) / t.present(a);
    }
}
