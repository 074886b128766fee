package org.rlcsim.scenario;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rlcsim.scenario.Scenarios.error;
import static org.rlcsim.scenario.Scenarios.oneActivity;
import static org.rlcsim.scenario.Scenarios.read;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rlcsim.model.ActivityType;
import org.rlcsim.model.Facilitator;
import org.rlcsim.model.Opportunity;
import org.rlcsim.model.params.Activity;

/** {@code rlc.schedule}: its entries, their fields, and schedules that could not run. */
class ScheduleTest {

    private static final String GOOD = "type: wellness\ndays: [mon]\ncapacity: 5";

    private static String activity(String... fieldLines) {
        return oneActivity(fieldLines);
    }

    @Test
    void readsEveryField() throws Exception {
        String yaml = """
                rlc:
                  schedule:
                    - name: Peer group
                      type: peer_support
                      days: [mon, Thursday, tues]
                      capacity: 12
                      facilitator: participant
                      offers: [leadership, meeting_peers]
                    - name: Sunday walk
                      type: social_outing
                      days:
                        - sun
                        - FRI
                      capacity: 30
                """;
        List<Activity> schedule = read(yaml).schedule();
        assertEquals(List.of(
                new Activity("Peer group", ActivityType.PEER_SUPPORT, Set.of(MONDAY, TUESDAY, THURSDAY), 12,
                        Facilitator.PARTICIPANT, Set.of(Opportunity.LEADERSHIP, Opportunity.MEETING_PEERS)),
                new Activity("Sunday walk", ActivityType.SOCIAL_OUTING, Set.of(SUNDAY, FRIDAY), 30,
                        Facilitator.STAFF, Set.of())), schedule);
        assertEquals(List.of(MONDAY, TUESDAY, THURSDAY), List.copyOf(schedule.get(0).days()), "days in week order");
    }

    @Test
    void aWrittenScheduleReplacesTheDefaultTimetable() throws Exception {
        assertEquals(1, read(activity(GOOD.split("\n"))).schedule().size());
    }

    @Test
    void theDefaultTimetableIsUsedWhenNoScheduleIsGiven() throws Exception {
        List<Activity> schedule = read("seed: 1\n").schedule();
        assertEquals(DefaultTimetable.activities(), schedule);
        for (Activity a : schedule) {
            assertEquals(a.days().stream().sorted().toList(), List.copyOf(a.days()), "days in week order, every run");
        }
    }

    @Test
    void requiredFieldsMustBeThere() {
        assertEquals("bad.yaml:3: rlc.schedule[0].type: missing; every activity needs a name, type, days and capacity",
                error(activity("days: [mon]", "capacity: 5")));
        assertEquals("bad.yaml:3: rlc.schedule[0].days: missing; every activity needs a name, type, days and capacity",
                error(activity("type: wellness", "capacity: 5")));
        assertEquals("bad.yaml:3: rlc.schedule[0].capacity: missing; every activity needs a name, type, days and capacity",
                error(activity("type: wellness", "days: [mon]")));
        assertEquals("bad.yaml:3: rlc.schedule[0].name: missing; every activity needs a name, type, days and capacity",
                error("rlc:\n  schedule:\n    - type: wellness\n      days: [mon]\n      capacity: 5\n"));
    }

    @Test
    void namesMustBeGivenAndDiffer() {
        assertEquals("bad.yaml:3: rlc.schedule[0].name: must not be empty",
                error("rlc:\n  schedule:\n    - name: ''\n      " + GOOD.replace("\n", "\n      ") + "\n"));
        String twice = "rlc:\n  schedule:\n"
                + "    - name: Yoga\n      " + GOOD.replace("\n", "\n      ") + "\n"
                + "    - name: yoga\n      " + GOOD.replace("\n", "\n      ") + "\n";
        assertEquals("bad.yaml:7: rlc.schedule[1].name: 'yoga' is already the name of rlc.schedule[0]; names must differ",
                error(twice));
    }

    @Test
    void typesAreKnownActivityTypes() {
        assertEquals("bad.yaml:4: rlc.schedule[0].type: 'peer_suport' is not an activity type (did you mean 'peer_support'?)",
                error(activity("type: peer_suport", "days: [mon]", "capacity: 5")));
        assertEquals("bad.yaml:4: rlc.schedule[0].type: 'bingo' is not an activity type; expected peer_support, wellness, "
                        + "training, employment_support, computer_lab, community_meeting or social_outing",
                error(activity("type: bingo", "days: [mon]", "capacity: 5")));
    }

    @Test
    void daysAreAListOfDistinctWeekdays() {
        assertEquals("bad.yaml:5: rlc.schedule[0].days: expected a list of days such as [mon, thu], got 'mon'",
                error(activity("type: wellness", "days: mon", "capacity: 5")));
        assertEquals("bad.yaml:5: rlc.schedule[0].days: an activity needs at least one day",
                error(activity("type: wellness", "days: []", "capacity: 5")));
        assertEquals("bad.yaml:5: rlc.schedule[0].days: 'monday' is listed twice",
                error(activity("type: wellness", "days: [mon, monday]", "capacity: 5")));
        assertEquals("bad.yaml:5: rlc.schedule[0].days: 'mun' is not a day (did you mean 'mon'?)",
                error(activity("type: wellness", "days: [mun]", "capacity: 5")));
        assertEquals("bad.yaml:5: rlc.schedule[0].days: 'weekend' is not a day; expected mon, tue, wed, thu, fri, sat or sun",
                error(activity("type: wellness", "days: [weekend]", "capacity: 5")));
    }

    @Test
    void aBadDayInABlockListNamesItsOwnLine() {
        assertEquals("bad.yaml:7: rlc.schedule[0].days: 'funday' is not a day; expected mon, tue, wed, thu, fri, sat or sun",
                error(activity("type: wellness", "days:", "  - mon", "  - funday", "capacity: 5")));
    }

    @Test
    void capacityIsAWholeNumberInRange() {
        assertEquals("bad.yaml:6: rlc.schedule[0].capacity: 0 is out of range (1 to 10000)",
                error(activity("type: wellness", "days: [mon]", "capacity: 0")));
        assertEquals("bad.yaml:6: rlc.schedule[0].capacity: 10001 is out of range (1 to 10000)",
                error(activity("type: wellness", "days: [mon]", "capacity: 10001")));
        assertEquals("bad.yaml:6: rlc.schedule[0].capacity: expected a whole number, got '7.5'",
                error(activity("type: wellness", "days: [mon]", "capacity: 7.5")));
    }

    @Test
    void facilitatorIsStaffOrParticipant() {
        assertEquals("bad.yaml:7: rlc.schedule[0].facilitator: 'staf' is not a facilitator (did you mean 'staff'?)",
                error(activity(GOOD.split("\n")) + "      facilitator: staf\n"));
        assertEquals("bad.yaml:7: rlc.schedule[0].facilitator: 'volunteer' is not a facilitator; expected staff or participant",
                error(activity(GOOD.split("\n")) + "      facilitator: volunteer\n"));
    }

    @Test
    void offersAreDistinctOpportunities() {
        assertEquals("bad.yaml:7: rlc.schedule[0].offers: 'training' is not an opportunity (did you mean 'trainings'?)",
                error(activity(GOOD.split("\n")) + "      offers: [training]\n"));
        assertEquals("bad.yaml:7: rlc.schedule[0].offers: 'trainings' is listed twice",
                error(activity(GOOD.split("\n")) + "      offers: [trainings, trainings]\n"));
        assertEquals("bad.yaml:7: rlc.schedule[0].offers: expected a list such as [leadership, trainings], got 'trainings'",
                error(activity(GOOD.split("\n")) + "      offers: trainings\n"));
    }

    @Test
    void unknownFieldsSuggestTheClosestField() {
        assertEquals("bad.yaml:5: rlc.schedule[0].dayz: unknown key (did you mean 'days'?)",
                error(activity("type: wellness", "dayz: [mon]", "capacity: 5")));
        assertEquals("bad.yaml:7: rlc.schedule[0].colour: unknown key",
                error(activity(GOOD.split("\n")) + "      colour: red\n"));
        assertEquals("bad.yaml:7: rlc.schedule[0].capacity: appears twice in this activity (first on line 6)",
                error(activity(GOOD.split("\n")) + "      capacity: 6\n"));
    }

    @Test
    void theIndexFormIsForOverridesOnly() {
        assertEquals("bad.yaml:1: rlc.schedule[0].capacity: unknown key; in a file, activities are the entries of the "
                + "rlc.schedule list (the [i] form is for --set)", error("rlc.schedule[0].capacity: 5\n"));
    }

    @Test
    void entriesAreMappingsInAList() {
        assertEquals("bad.yaml:2: rlc.schedule: expected a list of activities, got 'weekly'",
                error("rlc:\n  schedule: weekly\n"));
        assertEquals("bad.yaml:3: rlc.schedule[0]: expected an activity (a mapping with name, type, days and capacity), got 'yoga'",
                error("rlc:\n  schedule:\n    - yoga\n"));
    }

    @Test
    void anRlcNeedsAnActivity() {
        assertEquals("bad.yaml:2: rlc.schedule: an RLC needs at least one activity; set rlc.enabled: false for none",
                error("rlc:\n  schedule: []\n"));
        assertEquals("bad.yaml:3: rlc.schedule: an RLC needs at least one activity; set rlc.enabled: false for none",
                error("rlc:\n  staff: 2\n  schedule:\n"));
    }

    @Test
    void noRlcNeedsNoActivity() throws Exception {
        ResolvedScenario s = read("rlc:\n  enabled: false\n  staff: 0\n  schedule: []\n");
        assertTrue(s.schedule().isEmpty());
    }

    @Test
    void participantsLeadOnlyWhenLeadershipIsPossible() {
        String led = activity(GOOD.split("\n")) + "      facilitator: participant\n";
        assertEquals("bad.yaml:7: rlc.schedule[0].facilitator: 'participant' needs participants who lead, "
                + "but mechanisms.leadership is off", error(led + "mechanisms:\n  leadership: off\n"));
        assertEquals("bad.yaml:7: rlc.schedule[0].facilitator: 'participant' needs participants who lead, "
                + "but rlc.opportunities.leadership is 0", error(led + "rlc.opportunities.leadership: 0\n"));
    }

    @Test
    void participantLedActivitiesNeedNoStaff() throws Exception {
        String led = activity(GOOD.split("\n")) + "      facilitator: participant\n";
        assertEquals(Facilitator.PARTICIPANT, read(led + "rlc.staff: 0\n").schedule().get(0).facilitator());
    }

    @Test
    void staffLedActivitiesNeedStaff() {
        assertEquals("bad.yaml:10: rlc.staff: 0 staff, but rlc.schedule[0] 'Group' is facilitated by staff; "
                        + "add staff or set its facilitator: participant",
                error(activity(GOOD.split("\n")) + "rlc.opportunities.leadership: 0.4\n\n\nrlc.staff: 0\n"));
        String firstDefault = DefaultTimetable.activities().get(0).name();
        assertEquals("bad.yaml:2: rlc.staff: 0 staff, but rlc.schedule[0] '" + firstDefault + "' is facilitated by staff; "
                + "add staff or set its facilitator: participant", error("rlc:\n  staff: 0\n"));
    }

    @Test
    void withoutAnRlcItsScheduleIsNotChecked() throws Exception {
        String led = activity(GOOD.split("\n")) + "      facilitator: participant\n";
        read(led + "mechanisms.leadership: off\nrlc.enabled: false\n");
        read("rlc:\n  enabled: false\n  staff: 0\n");
    }
}
