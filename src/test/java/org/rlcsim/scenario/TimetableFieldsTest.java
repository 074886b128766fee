package org.rlcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rlcsim.scenario.Scenarios.error;
import static org.rlcsim.scenario.Scenarios.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlcsim.model.Location;
import org.rlcsim.model.TimeOfDay;
import org.rlcsim.model.params.Activity;

/** The planner's fields of a timetable entry: time of day, length, site, location and room. */
class TimetableFieldsTest {

    private static String schedule(String... entries) {
        StringBuilder b = new StringBuilder("rlc:\n  schedule:\n");
        for (String e : entries) {
            String[] lines = e.split("\n");
            b.append("    - ").append(lines[0]).append('\n');
            for (int i = 1; i < lines.length; i++) b.append("      ").append(lines[i]).append('\n');
        }
        return b.toString();
    }

    @Test
    void readsTimeLengthSiteLocationAndRoom() throws Exception {
        List<Activity> s = read(schedule("""
                name: Evening group
                type: peer_support
                days: [tue]
                time: evening
                hours: 1.5
                capacity: 15
                site: Public library
                location: community
                room: Meeting room A""", """
                name: Library lab
                type: computer_lab
                days: [wed]
                capacity: 10
                site: public library""")).schedule();
        Activity evening = s.get(0);
        assertEquals(TimeOfDay.EVENING, evening.time());
        assertEquals(1.5, evening.hours());
        assertEquals("Public library", evening.site());
        assertEquals(Location.COMMUNITY, evening.location());
        assertEquals("Meeting room A", evening.room());
        assertEquals(Location.COMMUNITY, s.get(1).location(), "a site keeps the location it was first given");
        assertEquals(TimeOfDay.MORNING, s.get(1).time(), "the usual time");
        assertEquals(Activity.USUAL_HOURS, s.get(1).hours(), "the usual length");
        assertEquals("", s.get(1).room(), "no room: the site as a whole");
    }

    @Test
    void outingsAreInTheCommunityAndEverythingElseAtTheRlc() throws Exception {
        List<Activity> s = read(schedule("name: Walk\ntype: social_outing\ndays: [sat]\ncapacity: 9",
                "name: Group\ntype: peer_support\ndays: [mon]\ncapacity: 9")).schedule();
        assertEquals(Location.COMMUNITY, s.get(0).location());
        assertEquals(Activity.COMMUNITY_SITE, s.get(0).site());
        assertEquals(Location.RLC, s.get(1).location());
        assertEquals(Activity.RLC_SITE, s.get(1).site());
    }

    @Test
    void timeIsMorningAfternoonOrEvening() {
        assertEquals("bad.yaml:6: rlc.schedule[0].time: 'evenning' is not a time of day (did you mean 'evening'?)",
                error(schedule("name: G\ntype: wellness\ndays: [mon]\ntime: evenning\ncapacity: 5")));
        assertEquals("bad.yaml:6: rlc.schedule[0].time: 'night' is not a time of day; expected morning, afternoon "
                        + "or evening",
                error(schedule("name: G\ntype: wellness\ndays: [mon]\ntime: night\ncapacity: 5")));
    }

    @Test
    void hoursArePositiveAndAtMostADay() {
        assertEquals("bad.yaml:6: rlc.schedule[0].hours: a session must last some time; got 0.0",
                error(schedule("name: G\ntype: wellness\ndays: [mon]\nhours: 0\ncapacity: 5")));
        assertEquals("bad.yaml:6: rlc.schedule[0].hours: 13 is out of range (0 to 12)",
                error(schedule("name: G\ntype: wellness\ndays: [mon]\nhours: 13\ncapacity: 5")));
    }

    @Test
    void aNewSiteMustSayWhereItIs() {
        assertEquals("bad.yaml:6: rlc.schedule[0].location: missing; say whether 'Town hall' is the RLC's own "
                        + "(location: rlc) or in the community (location: community)",
                error(schedule("name: G\ntype: wellness\ndays: [mon]\nsite: Town hall\ncapacity: 5")));
    }

    @Test
    void oneSiteHasOneLocation() {
        assertEquals("bad.yaml:13: rlc.schedule[1].location: 'Annex' is rlc in rlc.schedule[0]; one site has one location",
                error(schedule("name: A\ntype: wellness\ndays: [mon]\nsite: Annex\nlocation: rlc\ncapacity: 5",
                        "name: B\ntype: wellness\ndays: [tue]\nsite: Annex\nlocation: community\ncapacity: 5")));
    }

    @Test
    void aRoomHoldsOneActivityAtATime() {
        assertEquals("bad.yaml:13: rlc.schedule[1].room: 'Lab' and rlc.schedule[0] 'Group' both need room "
                        + "'group room' at 'RLC' on Wednesday afternoons; give one of them another room, time or day",
                error(schedule("name: Group\ntype: peer_support\ndays: [mon, wed]\ntime: afternoon\nroom: Group room"
                                + "\ncapacity: 5",
                        "name: Lab\ntype: computer_lab\ndays: [wed, thu]\ntime: afternoon\nroom: group room\ncapacity: 5")));
    }

    @Test
    void anActivityWithoutARoomUsesTheWholeSite() {
        assertEquals("bad.yaml:11: rlc.schedule[1].time: 'Lab' and rlc.schedule[0] 'Group' both need room 'Group room' "
                        + "at 'RLC' on Monday mornings; give one of them another room, time or day",
                error(schedule("name: Group\ntype: peer_support\ndays: [mon]\nroom: Group room\ncapacity: 5",
                        "name: Lab\ntype: computer_lab\ndays: [mon]\ntime: morning\ncapacity: 5")));
    }

    @Test
    void differentTimesRoomsOrPlacesDoNotClash() throws Exception {
        read(schedule("name: A\ntype: peer_support\ndays: [mon]\nroom: R\ncapacity: 5",
                "name: B\ntype: wellness\ndays: [mon]\ntime: evening\nroom: R\ncapacity: 5",
                "name: C\ntype: training\ndays: [mon]\nroom: S\ncapacity: 5",
                "name: D\ntype: social_outing\ndays: [mon]\ncapacity: 5",
                "name: E\ntype: social_outing\ndays: [mon]\ncapacity: 5"));
    }
}
