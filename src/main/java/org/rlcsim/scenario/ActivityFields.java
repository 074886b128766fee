package org.rlcsim.scenario;

import java.util.List;

/** The fields of one entry of {@code rlc.schedule}, in the order scenario files list them. */
public final class ActivityFields {
    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String DAYS = "days";
    public static final String TIME = "time";
    public static final String HOURS = "hours";
    public static final String CAPACITY = "capacity";
    public static final String FACILITATOR = "facilitator";
    public static final String SITE = "site";
    public static final String LOCATION = "location";
    public static final String ROOM = "room";
    public static final String OFFERS = "offers";

    public static final List<String> ALL =
            List.of(NAME, TYPE, DAYS, TIME, HOURS, CAPACITY, FACILITATOR, SITE, LOCATION, ROOM, OFFERS);

    /** Weekday names accepted in {@code days}, Monday first. */
    public static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    public static final int MAX_CAPACITY = 10_000;
    /** The longest session: a whole day out. */
    public static final double MAX_HOURS = 12.0;

    private ActivityFields() {}
}
