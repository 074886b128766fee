package org.rlcsim.model;

import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.IntStream;
import org.rlcsim.model.params.Activity;

/**
 * Which of the week's activities a person can come to. People with a job work weekday mornings
 * and afternoons, so only evening and weekend activities reach them: the reason RLCs and clubhouses
 * add evening and weekend programmes for members who work (Delman et al. 2016, theme 12: holding
 * jobs; docs/ODD.md 3.2). Everyone else can come to anything that runs that day.
 */
public final class Availability {
    /** Activities by day of week (0 = Monday), as indices into the timetable. */
    private final int[][] all = new int[7][];
    /** The same, for people at work. */
    private final int[][] outsideWorkingHours = new int[7][];

    Availability(List<Activity> timetable) {
        for (int d = 0; d < 7; d++) {
            DayOfWeek dow = DayOfWeek.of(d + 1);
            all[d] = IntStream.range(0, timetable.size()).filter(a -> timetable.get(a).days().contains(dow)).toArray();
            outsideWorkingHours[d] = IntStream.of(all[d]).filter(a -> !duringWork(timetable.get(a), dow)).toArray();
        }
    }

    /** Whether a session of {@code a} on {@code day} is in working hours, when people with a job cannot come. */
    public static boolean duringWork(Activity a, DayOfWeek day) {
        boolean weekday = day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
        return weekday && a.time() != TimeOfDay.EVENING;
    }

    /** Everything that runs on {@code day}. */
    int[] on(int day) {
        return all[Math.floorMod(day, 7)];
    }

    /** What {@code p} can come to on {@code day}. */
    int[] forPerson(Person p, int day) {
        return p.employed ? outsideWorkingHours[Math.floorMod(day, 7)] : all[Math.floorMod(day, 7)];
    }
}
