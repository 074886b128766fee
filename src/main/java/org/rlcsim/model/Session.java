package org.rlcsim.model;

import ec.util.MersenneTwisterFast;
import org.rlcsim.model.mechanisms.Flexible;
import org.rlcsim.model.mechanisms.JudgmentFree;
import org.rlcsim.model.mechanisms.Leadership;
import org.rlcsim.model.mechanisms.MeetingPeers;
import org.rlcsim.model.mechanisms.RelaxedOpen;
import org.rlcsim.model.mechanisms.Trainings;
import org.rlcsim.model.params.Activity;
import org.rlcsim.model.params.AttendanceRules;
import org.rlcsim.model.params.TieRules;

/**
 * One session of one activity: capacity decides who gets in; then the atmosphere and the
 * opportunities of the RLC act on everyone present. Ties between people in the same session are
 * renewed, new ones form between people who talk (more in an open, judgment-free room, fewer in
 * large groups and for anxious people), and each person takes home experiences (acceptance,
 * support, hope, mastery, a role) and a stronger or weaker sense of community.
 */
final class Session {
    private final RlcModel model;
    private final Rlc rlc;
    private final AttendanceRules rules;
    private final TieRules ties;
    private final JudgmentFree judgmentFree;
    private final Flexible flexible;
    private final RelaxedOpen relaxedOpen;
    private final Leadership leadership;
    private final MeetingPeers meetingPeers;
    private final Trainings trainings;
    private final CommunityLife community;
    private final int[] mark;
    private int stamp;

    Session(RlcModel model) {
        this.model = model;
        this.rlc = model.rlc();
        this.rules = model.params().rlc().attendance();
        this.ties = model.params().ties();
        this.judgmentFree = model.judgmentFree;
        this.flexible = model.flexible;
        this.relaxedOpen = model.relaxedOpen;
        this.leadership = model.leadership;
        this.meetingPeers = model.meetingPeers;
        this.trainings = model.trainings;
        this.community = model.communityLife;
        this.mark = new int[model.people().length];
    }

    void run(int a, Person[] people, int n, int day) {
        Activity activity = rlc.timetable().get(a);
        MersenneTwisterFast random = model.random;
        int leaders = 0;
        for (int i = 0; i < n; i++) {
            if (people[i].leaderOf == a) swap(people, i, leaders++);
        }
        if (activity.facilitator() == org.rlcsim.model.Facilitator.PARTICIPANT && leaders == 0) {
            rlc.tally().cancelled(a, n);
            return;
        }
        int seats = activity.capacity();
        int present = n;
        if (n > seats) {
            shuffleTail(people, leaders, n, random);
            present = Math.max(seats, Math.min(leaders, n));
            for (int i = present; i < n; i++) turnAway(people[i]);
        }
        stamp++;
        for (int i = 0; i < present; i++) mark[people[i].id] = stamp;
        boolean staffLed = activity.facilitator() == org.rlcsim.model.Facilitator.STAFF;
        rlc.tally().held(a, n, present, Math.min(leaders, present), activity.hours(), staffLed);
        int staff = staffLed ? rlc.staffFor(a) : -1;
        int roleModels = (staffLed ? 1 : 0) + leaders;
        double sizeFactor = Math.min(1.0, rules.groupSizeReference() / present);
        // more time together, more conversations: encounters scale with the session's length
        double encounters = (rules.minglingEncounters() + meetingPeers.introductions(activity))
                * activity.hours() / Activity.USUAL_HOURS;
        double meetCommunity = meetingPeers.communityMeeting(activity);
        Room room = new Room(a, activity, people, present, staffLed, staff, roleModels, sizeFactor, encounters, meetCommunity);
        for (int i = 0; i < present; i++) attend(people[i], room, day, random);
    }

    /**
     * What is the same for everybody in one session. Each person's part is a method of its own,
     * called many times a day: the JIT compiles it once, where a loop over the room inside
     * {@link #run}, called only a few times a day, was compiled again for each of its loops.
     */
    private record Room(int activity, Activity offer, Person[] people, int present, boolean staffLed, int staff,
                        int roleModels, double sizeFactor, double encounters, double meetCommunity) {}

    private void attend(Person p, Room room, int day, MersenneTwisterFast random) {
        int present = room.present();
        recordVisit(p, day);
        rlc.tally().attendee(room.activity(), p, day);
        int tiesPresent = renewTiesPresent(p, room.staff(), day);
        int met = Draw.poisson(random, room.encounters());
        for (int e = 0; e < met && present > 1; e++) {
            Person q = room.people()[random.nextInt(present)];
            if (q != p) talk(p, q, room.sizeFactor(), day);
        }
        int staff = room.staff();
        if (room.staffLed() && p.tieWith(staff) == null
                && random.nextDouble() < rules.staffTieProb() * relaxedOpen.tieFormation()) {
            model.network().form(p, staff, TieType.RLC_STAFF, community.affinity(random), day);
        }
        if (room.meetCommunity() > 0 && random.nextDouble() < room.meetCommunity() * model.socialNetworks.sociability(p, day)) {
            community.meetCommunityMember(p, random, model.directTies());
        }
        experience(p, room.activity(), room.offer(), tiesPresent, room.roleModels(), met);
    }

    private void recordVisit(Person p, int day) {
        if (!p.hasAttended()) {
            rlc.firstVisit(p);
            p.firstVisitDay = day;
            p.member = true;
            p.belonging = rules.initialBelonging();
        }
        if (p.lastVisitDay != day) {
            p.visits++;
            p.lastVisitDay = day;
        }
    }

    /** Renews the RLC ties with people in the room; returns how many there are. */
    private int renewTiesPresent(Person p, int staff, int day) {
        int count = 0;
        double deepening = relaxedOpen.tieDeepening();
        for (int k = 0; k < p.tieCount; k++) {
            Tie t = p.ties[k];
            int other = t.other(p.id);
            boolean here = t.type == TieType.RLC_PEER && other < mark.length && mark[other] == stamp
                    || t.type == TieType.RLC_STAFF && other == staff;
            if (!here || !t.isAliveOn(day)) continue;
            count++;
            if (t.lastContact() != day) {
                model.network().contact(t, day, Math.min(1.0, ties.of(t.type).gain() * deepening));
            }
        }
        return count;
    }

    private void talk(Person p, Person q, double sizeFactor, int day) {
        p.today.practice += 1.0;
        if (p.tieWith(q.id) != null) return;
        double chance = rules.tieFormation() * relaxedOpen.tieFormation() * sizeFactor
                * (1.0 - judgmentFree.anxietyInSession(p, day)) * (1.0 - judgmentFree.anxietyInSession(q, day))
                * model.communityLife.room(p);
        if (model.random.nextDouble() < chance) {
            model.network().form(p, q.id, TieType.RLC_PEER, community.affinity(model.random), day);
        }
    }

    private void experience(Person p, int a, Activity activity, int tiesPresent, int roleModels, int met) {
        judgmentFree.visit(p);
        relaxedOpen.visit(p, tiesPresent);
        meetingPeers.seeRecovery(p, p.leaderOf == a ? roleModels - 1 : roleModels);
        trainings.attend(p, activity);
        if (p.leaderOf == a) leadership.facilitate(p);
        // the session itself, and each tie met there (as many as one can talk to: two), as contact
        p.today.contact += rules.sessionContact() + rules.sessionContact() * Math.min(2, tiesPresent);
        p.today.practice += tiesPresent;
        double satisfaction = flexible.satisfaction(p, a) + judgmentFree.satisfaction() + (tiesPresent > 0 ? 0.5 : 0.0);
        p.belonging += rules.visitBelonging() * satisfaction * (1.0 - p.belonging);
        if (p.belonging > 1.0) p.belonging = 1.0;
    }

    private void turnAway(Person p) {
        p.turnedAway++;
        if (p.member) p.belonging = Math.max(0.0, p.belonging - rules.turnedAwayBelonging());
    }

    private static void swap(Person[] a, int i, int j) {
        Person t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void shuffleTail(Person[] a, int from, int to, MersenneTwisterFast random) {
        for (int i = to - 1; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            swap(a, i, j);
        }
    }
}
