package org.rlcsim.gui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;

/**
 * What happened to each participant while the GUI watched: hearing of the RLC, first visit,
 * drifting away and coming back, leading, hospital stays, jobs. The model keeps counts, not
 * events, so the GUI notes every change it sees between one day and the next.
 */
final class PersonHistory {
    /** What the history compares from one day to the next. */
    private record Seen(boolean aware, boolean attended, boolean member, boolean leader, boolean inHospital,
                        boolean employed) {
        static Seen of(Person p) {
            return new Seen(p.aware(), p.hasAttended(), p.member(), p.isLeader(), p.inHospital(), p.employed());
        }
    }

    private Seen[] last = new Seen[0];
    private List<List<String>> events = List.of();

    /** Starts watching, from the model's state now (what came before is in the person's counts). */
    void reset(RlcModel model) {
        Person[] people = model.people();
        last = new Seen[people.length];
        events = new ArrayList<>(people.length);
        for (Person p : people) {
            last[p.id] = Seen.of(p);
            events.add(new ArrayList<>());
        }
    }

    void afterDay(RlcModel model) {
        int day = model.today();
        for (Person p : model.people()) {
            Seen before = last[p.id];
            Seen now = Seen.of(p);
            if (now.equals(before)) continue;
            List<String> e = events.get(p.id);
            if (now.aware && !before.aware) e.add(line(day, "heard of the RLC"));
            if (now.attended && !before.attended) e.add(line(day, "first visit to the RLC"));
            else if (now.member && !before.member) e.add(line(day, "came back to the RLC"));
            if (before.member && !now.member) {
                e.add(line(day, !model.rlcOpen() ? "the RLC closed" : p.leftForGood() ? "left the RLC for good"
                        : "stopped coming to the RLC (drifted away)"));
            }
            if (now.leader && !before.leader) e.add(line(day, "became a participant leader"));
            if (before.leader && !now.leader) e.add(line(day, "stood down as a leader"));
            if (now.inHospital && !before.inHospital) e.add(line(day, "admitted to hospital"));
            if (before.inHospital && !now.inHospital) e.add(line(day, "discharged from hospital"));
            if (now.employed && !before.employed) e.add(line(day, "started a job"));
            if (before.employed && !now.employed) e.add(line(day, "job ended"));
            last[p.id] = now;
        }
    }

    /** The participant's events, oldest first. */
    List<String> of(int participant) {
        return participant < events.size() ? Collections.unmodifiableList(events.get(participant)) : List.of();
    }

    private static String line(int day, String what) {
        return "day " + day + ": " + what;
    }
}
