package org.rlcsim.scenario;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.rlcsim.model.Opportunity.LEADERSHIP;
import static org.rlcsim.model.Opportunity.MEETING_PEERS;
import static org.rlcsim.model.Opportunity.TRAININGS;

import static org.rlcsim.model.TimeOfDay.AFTERNOON;
import static org.rlcsim.model.TimeOfDay.MORNING;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.rlcsim.model.ActivityType;
import org.rlcsim.model.Facilitator;
import org.rlcsim.model.Location;
import org.rlcsim.model.Opportunity;
import org.rlcsim.model.TimeOfDay;
import org.rlcsim.model.params.Activity;

/**
 * The week an RLC offers when a scenario gives no {@code rlc.schedule}: the activities the
 * study lists (peer support groups, wellness classes, education, employment supports,
 * computer lab and library, community meetings) plus a weekend social outing. Everything runs
 * in working hours but the outing, as at an RLC whose members mostly do not work; planners add
 * evening activities (scenarios/planning/).
 */
public final class DefaultTimetable {
    private static final String GROUP_ROOM = "Group room";
    private static final String CLASSROOM = "Classroom";
    private static final String COMPUTER_LAB = "Computer lab";

    private DefaultTimetable() {}

    public static List<Activity> activities() {
        return List.of(
                at("Peer support group", ActivityType.PEER_SUPPORT, Set.of(MONDAY, WEDNESDAY, FRIDAY), MORNING, 25,
                        GROUP_ROOM, Set.of(MEETING_PEERS, LEADERSHIP)),
                at("Wellness class (WRAP)", ActivityType.WELLNESS, Set.of(TUESDAY), AFTERNOON, 20, GROUP_ROOM,
                        Set.of(TRAININGS)),
                at("Training or workshop", ActivityType.TRAINING, Set.of(THURSDAY), MORNING, 20, CLASSROOM,
                        Set.of(TRAININGS, LEADERSHIP)),
                at("Employment support", ActivityType.EMPLOYMENT_SUPPORT, Set.of(TUESDAY, THURSDAY), AFTERNOON, 12,
                        CLASSROOM, Set.of(TRAININGS)),
                at("Computer lab and library", ActivityType.COMPUTER_LAB,
                        Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), AFTERNOON, 20, COMPUTER_LAB, Set.of()),
                at("Community meeting", ActivityType.COMMUNITY_MEETING, Set.of(FRIDAY), AFTERNOON, 40, GROUP_ROOM,
                        Set.of(LEADERSHIP, MEETING_PEERS)),
                new Activity("Social outing", ActivityType.SOCIAL_OUTING, Set.of(SATURDAY), AFTERNOON,
                        Activity.USUAL_HOURS, 20, Facilitator.STAFF, Activity.COMMUNITY_SITE, Location.COMMUNITY, "",
                        Set.of(MEETING_PEERS)));
    }

    /** A staff-run activity of the usual length in a room of the RLC's own premises. */
    private static Activity at(String name, ActivityType type, Set<DayOfWeek> days, TimeOfDay time, int capacity,
                               String room, Set<Opportunity> offers) {
        return new Activity(name, type, days, time, Activity.USUAL_HOURS, capacity, Facilitator.STAFF,
                Activity.RLC_SITE, Location.RLC, room, offers);
    }
}
