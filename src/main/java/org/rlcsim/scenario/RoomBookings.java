package org.rlcsim.scenario;

import static org.rlcsim.scenario.NodeText.quote;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.rlcsim.model.params.Activity;

/**
 * One room holds one activity at a time: two activities at the same site, in the same room (or
 * one of them using the whole site), on a shared day at the same time of day are a double
 * booking. Out in the community only activities naming the same room clash: a park or a library
 * has room for more than one group.
 */
final class RoomBookings {

    private RoomBookings() {}

    static void check(int index, Activity a, RawActivity raw, List<Activity> earlier) throws ScenarioException {
        for (int j = 0; j < earlier.size(); j++) {
            Activity b = earlier.get(j);
            if (!clash(a, b)) continue;
            DayOfWeek day = sharedDay(a, b);
            String room = !a.room().isEmpty() ? "room " + quote(a.room())
                    : !b.room().isEmpty() ? "room " + quote(b.room()) : "the whole of";
            String field = raw.fields().containsKey(ActivityFields.ROOM) ? ActivityFields.ROOM : ActivityFields.TIME;
            RawValue at = raw.fields().containsKey(field) ? raw.fields().get(field) : null;
            Origin origin = at != null ? at.at() : raw.at();
            throw origin.error(ActivityReader.field(index, field), quote(a.name()) + " and " + ScenarioSchema.SCHEDULE
                    + "[" + j + "] " + quote(b.name()) + " both need " + room + (room.startsWith("room") ? " at " : " ")
                    + quote(a.site()) + " on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + a.time().key() + "s; give one of them another room, time or day");
        }
    }

    static boolean clash(Activity a, Activity b) {
        if (!a.site().equalsIgnoreCase(b.site()) || a.time() != b.time() || sharedDay(a, b) == null) return false;
        if (a.inCommunity()) return !a.room().isEmpty() && a.room().equalsIgnoreCase(b.room());
        return a.room().isEmpty() || b.room().isEmpty() || a.room().equalsIgnoreCase(b.room());
    }

    private static DayOfWeek sharedDay(Activity a, Activity b) {
        for (DayOfWeek d : DayOfWeek.values()) if (a.days().contains(d) && b.days().contains(d)) return d;
        return null;
    }
}
