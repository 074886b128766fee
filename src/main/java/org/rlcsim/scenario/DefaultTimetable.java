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

import java.util.List;
import java.util.Set;
import org.rlcsim.model.ActivityType;
import org.rlcsim.model.Facilitator;
import org.rlcsim.model.params.Activity;

/**
 * The week an RLC offers when a scenario gives no {@code rlc.schedule}: the activities the
 * study lists (peer support groups, wellness classes, education, employment supports,
 * computer lab and library, community meetings) plus a weekend social outing.
 */
public final class DefaultTimetable {

    private DefaultTimetable() {}

    public static List<Activity> activities() {
        return List.of(
                new Activity("Peer support group", ActivityType.PEER_SUPPORT, Set.of(MONDAY, WEDNESDAY, FRIDAY), 25,
                        Facilitator.STAFF, Set.of(MEETING_PEERS, LEADERSHIP)),
                new Activity("Wellness class (WRAP)", ActivityType.WELLNESS, Set.of(TUESDAY), 20,
                        Facilitator.STAFF, Set.of(TRAININGS)),
                new Activity("Training or workshop", ActivityType.TRAINING, Set.of(THURSDAY), 20,
                        Facilitator.STAFF, Set.of(TRAININGS, LEADERSHIP)),
                new Activity("Employment support", ActivityType.EMPLOYMENT_SUPPORT, Set.of(TUESDAY, THURSDAY), 12,
                        Facilitator.STAFF, Set.of(TRAININGS)),
                new Activity("Computer lab and library", ActivityType.COMPUTER_LAB,
                        Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), 20, Facilitator.STAFF, Set.of()),
                new Activity("Community meeting", ActivityType.COMMUNITY_MEETING, Set.of(FRIDAY), 40,
                        Facilitator.STAFF, Set.of(LEADERSHIP, MEETING_PEERS)),
                new Activity("Social outing", ActivityType.SOCIAL_OUTING, Set.of(SATURDAY), 20,
                        Facilitator.STAFF, Set.of(MEETING_PEERS)));
    }
}
