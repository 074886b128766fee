package org.rlcsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rlcsim.Runs;

/** The RLC closing on its closing day, or by the switch, and opening again. */
class RlcClosingTest {
    private static final String[] SMALL = {"population.participants=300", "burn_in_days=200", "days=200"};

    private static RlcModel started(String... extra) {
        String[] all = Arrays.copyOf(SMALL, SMALL.length + extra.length);
        System.arraycopy(extra, 0, all, SMALL.length, extra.length);
        RlcModel model = new RlcModel(Runs.params(all));
        model.start();
        return model;
    }

    private static void stepTo(RlcModel model, int day) {
        while (model.today() < day) model.schedule.step(model);
    }

    private static long count(RlcModel model, java.util.function.Predicate<Person> p) {
        return Arrays.stream(model.people()).filter(p).count();
    }

    @Test
    void onItsClosingDayNobodyIsAMemberAndNobodyComesAnyMore() {
        RlcModel model = started("rlc.closing_day=50");
        stepTo(model, 49);
        assertTrue(model.rlcOpen());
        assertTrue(count(model, Person::member) > 0, "members before closing");
        stepTo(model, 50);
        assertFalse(model.rlcOpen());
        assertEquals(0, count(model, Person::member));
        assertEquals(0, count(model, Person::isLeader));
        long visits = Arrays.stream(model.people()).mapToLong(Person::visits).sum();
        stepTo(model, 120);
        assertEquals(visits, Arrays.stream(model.people()).mapToLong(Person::visits).sum(), "visits after closing");
        assertEquals(0, count(model, p -> p.lastVisitDay() >= 50));
    }

    @Test
    void closedBySwitchItCanOpenAgainAndPeopleComeBack() {
        RlcModel model = started();
        stepTo(model, 10);
        model.setRlcOpen(false);
        stepTo(model, 60);
        assertEquals(0, count(model, p -> p.lastVisitDay() > 10));
        model.setRlcOpen(true);
        assertTrue(model.rlcOpen());
        stepTo(model, 199);
        assertTrue(count(model, p -> p.lastVisitDay() > 60) > 0, "nobody came back after reopening");
    }

    @Test
    void withoutAClosingDayTheRunIsTheSameAsBefore() {
        RlcModel never = started();
        RlcModel late = started("rlc.closing_day=5000");
        stepTo(never, 150);
        stepTo(late, 150);
        for (int i = 0; i < never.people().length; i++) {
            assertEquals(never.people()[i].isolation, late.people()[i].isolation);
            assertEquals(never.people()[i].visits(), late.people()[i].visits());
        }
    }
}
