package org.rlcsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlcsim.model.params.Activity;

/**
 * A scenario as written (file, then overrides), before its values are checked. Scalars are
 * kept in the order they were written so the first problem reported is the first in the file.
 */
final class RawScenario {

    private final Map<String, RawValue> scalars = new LinkedHashMap<>();
    private List<RawActivity> schedule;
    private Origin scheduleAt;

    Map<String, RawValue> scalars() {
        return scalars;
    }

    /** The written schedule, or null when none was given (the default timetable applies). */
    List<RawActivity> schedule() {
        return schedule;
    }

    Origin scheduleAt() {
        return scheduleAt;
    }

    void setSchedule(List<RawActivity> activities, Origin at) {
        schedule = new ArrayList<>(activities);
        scheduleAt = at;
    }

    /** The schedule to edit: the written one, or else the default timetable, which then counts as written. */
    List<RawActivity> scheduleForEditing(Origin defaultsAt) {
        if (schedule == null) {
            List<RawActivity> defaults = new ArrayList<>();
            for (Activity a : DefaultTimetable.activities()) defaults.add(RawActivity.of(a, defaultsAt));
            setSchedule(defaults, defaultsAt);
        }
        return schedule;
    }

    /** Lays {@code later} over this one: its keys win, and its schedule, if it has one, replaces ours. */
    void overrideWith(RawScenario later) {
        scalars.putAll(later.scalars);
        if (later.schedule != null) setSchedule(later.schedule, later.scheduleAt);
    }
}
