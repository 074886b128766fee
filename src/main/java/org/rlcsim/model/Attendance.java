package org.rlcsim.model;

import ec.util.MersenneTwisterFast;
import org.rlcsim.model.mechanisms.Flexible;
import org.rlcsim.model.mechanisms.Leadership;
import org.rlcsim.model.params.AttendanceRules;

/**
 * Who comes to the RLC today. Nobody is assigned: people hear of it (outreach here, word of
 * mouth along ties in {@link KeepingInTouch}), try it when loneliness pushes and social anxiety
 * allows, and come back to activities that suit them in proportion to their sense of community
 * (Brown et al. 2015): on a day activities run, a member comes with a chance set by sense of
 * community and by how much the day's most appealing activity draws them, and picks an activity in
 * proportion to its draw; leaders also come to the activity they co-facilitate. Sense of community fades between visits and grows with satisfying ones;
 * when it runs out people drift away, and a flexible RLC welcomes them back. How often people
 * come and how long they stay are not drawn from a table: they follow from these rules.
 */
final class Attendance {
    private final RlcModel model;
    private final Rlc rlc;
    private final AttendanceRules rules;
    private final Flexible flexible;
    private final Leadership leadership;
    private final Session session;
    private final Person[][] candidates;
    private final int[] candidateCount;

    Attendance(RlcModel model) {
        this.model = model;
        this.rlc = model.rlc();
        this.rules = model.params().rlc().attendance();
        this.flexible = model.flexible;
        this.leadership = model.leadership;
        this.session = new Session(model);
        int activities = rlc.timetable().size();
        this.candidates = new Person[activities][16];
        this.candidateCount = new int[activities];
    }

    void day(int day) {
        rlc.newDay();
        if (!rlc.enabled()) return;
        MersenneTwisterFast random = model.random;
        Person[] people = model.people();
        int[] today = rlc.activitiesOn(day);
        for (int a : today) candidateCount[a] = 0;
        if (Math.floorMod(day, 7) == 0) rlc.recruitLeaders(people, day, leadership);
        for (Person p : people) {
            if (p.leaderOf >= 0) {
                p.leaderDays++;
                if (random.nextDouble() < leadership.stepDown(p)) rlc.standDown(p);
            }
            if (p.leftForGood) continue;
            if (p.member) {
                if (!p.inHospital) stayOrGo(p, today, random);
                continue;
            }
            // hearing of the RLC, a first try, a return: rare steps, drawn by thinning
            double bound = stepBound(p);
            p.nextRlcStep = Thinning.drawn(random, p.nextRlcStep, day, bound);
            if (day < p.nextRlcStep) continue;
            p.nextRlcStep = Thinning.next(random, day, bound);
            if (p.inHospital) continue;
            if (!p.aware) {
                if (Thinning.tryEvent(random, rules.outreachRate(), bound)) {
                    p.aware = true;
                    p.nextRlcStep = Thinning.NOW;
                }
            } else if (!p.hasAttended()) {
                double chance = today.length > 0 ? rules.tryRate() * need(p) : 0.0;
                if (Thinning.tryEvent(random, chance, bound)) propose(p, today[random.nextInt(today.length)]);
            } else if (p.lapsed && Thinning.tryEvent(random, rules.returnRate() * flexible.welcomeBack(), bound)) {
                p.lapsed = false;
                p.member = true;
                p.belonging = rules.initialBelonging();
            }
        }
        for (int a : today) session.run(a, candidates[a], candidateCount[a], day);
    }

    /** The most the day's chance of the person's next step (hearing, trying, returning) can be. */
    private double stepBound(Person p) {
        if (!p.aware) return rules.outreachRate();
        if (!p.hasAttended()) return rules.tryRate() * 1.5; // need is at most 1.5
        return p.lapsed ? rules.returnRate() * flexible.welcomeBackMost() : 0.0;
    }

    /** Loneliness pushes people to try the RLC; social anxiety holds them back. */
    private double need(Person p) {
        return (0.5 + p.isolation) * (1.0 - 0.5 * p.socialAnxiety);
    }

    private void stayOrGo(Person p, int[] today, MersenneTwisterFast random) {
        p.belonging -= rules.belongingDecay() * p.belonging;
        if (p.belonging < rules.leaveThreshold()) {
            p.member = false;
            p.lapsed = true;
            p.nextRlcStep = Thinning.NOW;
            rlc.standDown(p);
            return;
        }
        if (random.nextDouble() < rules.exitRate()) {
            p.member = false;
            p.leftForGood = true;
            rlc.standDown(p);
            return;
        }
        if (today.length == 0) return;
        int led = -1;
        for (int a : today) if (p.leaderOf == a) led = a;
        if (led >= 0) propose(p, led);
        double strongest = 0;
        for (int a : today) strongest = Math.max(strongest, flexible.pull(p, a));
        if (random.nextDouble() >= rules.attendProb() * p.belonging * strongest) return;
        int chosen = choose(p, today, random);
        if (chosen != led) propose(p, chosen);
    }

    /** Picks one of today's activities in proportion to how much it draws the person. */
    private int choose(Person p, int[] today, MersenneTwisterFast random) {
        double total = 0;
        for (int a : today) total += flexible.pull(p, a);
        double u = random.nextDouble() * total;
        for (int a : today) {
            u -= flexible.pull(p, a);
            if (u <= 0) return a;
        }
        return today[today.length - 1];
    }

    private void propose(Person p, int a) {
        Person[] list = candidates[a];
        if (candidateCount[a] == list.length) list = candidates[a] = java.util.Arrays.copyOf(list, list.length * 2);
        list[candidateCount[a]++] = p;
    }
}
