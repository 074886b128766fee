package org.rlcsim.model.params;

import java.time.DayOfWeek;
import java.util.Set;
import org.rlcsim.model.ActivityType;
import org.rlcsim.model.Facilitator;
import org.rlcsim.model.Location;
import org.rlcsim.model.Opportunity;
import org.rlcsim.model.TimeOfDay;

/**
 * One entry of the RLC's weekly timetable.
 *
 * @param time     the part of the day it runs in, on each of its days
 * @param hours    how long a session lasts
 * @param site     where it is held (the RLC's own premises, or a named place)
 * @param location whether the site is the RLC's own or in the wider community
 * @param room     the room at the site, or "" for the site as a whole
 */
public record Activity(String name, ActivityType type, Set<DayOfWeek> days, TimeOfDay time, double hours,
                       int capacity, Facilitator facilitator, String site, Location location, String room,
                       Set<Opportunity> offers) {

    /** The site of activities that name none: the RLC's own premises. */
    public static final String RLC_SITE = "RLC";
    /** The site of community activities that name none. */
    public static final String COMMUNITY_SITE = "Community";
    /** Session length of activities that give none. */
    public static final double USUAL_HOURS = 2.0;

    /** An activity at the usual time, length and place for its type. */
    public Activity(String name, ActivityType type, Set<DayOfWeek> days, int capacity, Facilitator facilitator,
                    Set<Opportunity> offers) {
        this(name, type, days, TimeOfDay.MORNING, USUAL_HOURS, capacity, facilitator, usualSite(type),
                usualLocation(type), "", offers);
    }

    /** Outings take place in the community; everything else on the RLC's premises unless a site is given. */
    public static Location usualLocation(ActivityType type) {
        return type == ActivityType.SOCIAL_OUTING ? Location.COMMUNITY : Location.RLC;
    }

    public static String usualSite(ActivityType type) {
        return usualLocation(type) == Location.COMMUNITY ? COMMUNITY_SITE : RLC_SITE;
    }

    public boolean offers(Opportunity o) {
        return offers.contains(o);
    }

    public boolean inCommunity() {
        return location == Location.COMMUNITY;
    }

    /** Hours of sessions a week, as the timetable stands. */
    public double hoursPerWeek() {
        return hours * days.size();
    }
}
