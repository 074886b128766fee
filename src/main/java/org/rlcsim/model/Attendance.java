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
 * proportion to its draw; leaders also come to the activity they co-facilitate. People at work can
 * come only to what runs outside working hours ({@link Availability}). Sense of community fades between visits and grows with satisfying ones;
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
    /** Today's candidates for each activity, gathered from the blocks' proposals. */
    private final Person[][] candidates;

    Attendance(RlcModel model) {
        this.model = model;
        this.rlc = model.rlc();
        this.rules = model.params().rlc().attendance();
        this.flexible = model.flexible;
        this.leadership = model.leadership;
        this.session = new Session(model);
        int activities = rlc.timetable().size();
        this.candidates = new Person[activities][16];
        for (Shard shard : model.shards().all) shard.planFor(activities);
    }

    /**
     * Before the evening's decisions for {@code day}: on the first day of a week, leader roles
     * still open are offered to members. Runs one thing at a time.
     */
    void beforeDecisions(int day) {
        if (rlc.open() && Math.floorMod(day, 7) == 0) rlc.recruitLeaders(model.people(), day, leadership);
    }

    /**
     * The evening before {@code day}: whether this person will come, and to what. Members decide
     * whether they still feel part of it and, if so, whether tomorrow's activities draw them;
     * others may hear of the RLC, try it, or return. Decided person by person within a block, in
     * the same sweep as the day's intrapersonal change, so it costs no pass of its own; nothing
     * the decision reads changes between the evening and the morning.
     */
    void decide(Person p, int day, Shard shard) {
        if (!rlc.open()) return;
        // Most evenings most people have nothing to decide: no role, not a member, and their next
        // step (hearing, trying, returning) not due; a day not drawn yet is before every day.
        // Kept small so that the JIT inlines it into the evening's sweep.
        if (p.leaderOf < 0 && !p.member && !p.leftForGood && day < p.nextRlcStep) return;
        decideNow(p, day, shard);
    }

    private void decideNow(Person p, int day, Shard shard) {
        MersenneTwisterFast random = shard.random;
        if (p.leaderOf >= 0) {
            p.leaderDays++;
            if (random.nextDouble() < leadership.stepDown(p)) shard.standDown(p);
        }
        if (p.leftForGood) return;
        int[] today = rlc.activitiesFor(p, day);
        if (p.member) {
            if (!p.inHospital) stayOrGo(p, today, random, shard);
            return;
        }
        // hearing of the RLC, a first try, a return: rare steps, drawn by thinning
        double bound = stepBound(p);
        p.nextRlcStep = Thinning.drawn(random, p.nextRlcStep, day, bound);
        if (day < p.nextRlcStep) return;
        p.nextRlcStep = Thinning.next(random, day, bound);
        if (p.inHospital) return;
        if (!p.aware) {
            if (Thinning.tryEvent(random, rules.outreachRate(), bound)) {
                p.aware = true;
                p.nextRlcStep = Thinning.NOW;
            }
        } else if (!p.hasAttended()) {
            double chance = today.length > 0 ? rules.tryRate() * need(p, day) : 0.0;
            if (Thinning.tryEvent(random, chance, bound)) shard.propose(p, today[random.nextInt(today.length)]);
        } else if (p.lapsed && Thinning.tryEvent(random, rules.returnRate() * flexible.welcomeBack(), bound)) {
            p.lapsed = false;
            p.member = true;
            p.belonging = rules.initialBelonging();
        }
    }

    /** After the evening's decisions: leaders who stepped down free their roles, one block after another. */
    void afterDecisions(Shard[] shards) {
        for (Shard shard : shards) {
            for (int a = 0; a < shard.vacated.length; a++) {
                rlc.vacate(a, shard.vacated[a]);
                shard.vacated[a] = 0;
            }
        }
    }

    /** The RLC's day: the sessions, with those who decided to come, block by block in order. */
    void day(int day) {
        rlc.newDay();
        if (!rlc.open()) {
            // plans made the evening before it closed come to nothing
            for (Shard shard : model.shards().all) shard.clearProposals();
            return;
        }
        for (int a : rlc.activitiesOn(day)) {
            int n = 0;
            for (Shard shard : model.shards().all) {
                Person[] from = shard.proposals(a);
                int count = shard.proposalCount(a);
                if (n + count > candidates[a].length) {
                    candidates[a] = java.util.Arrays.copyOf(candidates[a], Math.max(n + count, candidates[a].length * 2));
                }
                System.arraycopy(from, 0, candidates[a], n, count);
                n += count;
            }
            session.run(a, candidates[a], n, day);
        }
        for (Shard shard : model.shards().all) shard.clearProposals();
    }

    /** The most the day's chance of the person's next step (hearing, trying, returning) can be. */
    private double stepBound(Person p) {
        if (!p.aware) return rules.outreachRate();
        if (!p.hasAttended()) return rules.tryRate() * 1.5; // need is at most 1.5
        return p.lapsed ? rules.returnRate() * flexible.welcomeBackMost() : 0.0;
    }

    /** Loneliness pushes people to try the RLC on {@code day}; social anxiety holds them back. */
    private double need(Person p, int day) {
        return (0.5 + p.isolation) * (1.0 - 0.5 * model.socialNetworks.anxietyOf(p, day));
    }

    private void stayOrGo(Person p, int[] today, MersenneTwisterFast random, Shard shard) {
        p.belonging -= rules.belongingDecay() * p.belonging;
        if (p.belonging < rules.leaveThreshold()) {
            p.member = false;
            p.lapsed = true;
            p.nextRlcStep = Thinning.NOW;
            shard.standDown(p);
            return;
        }
        if (random.nextDouble() < rules.exitRate()) {
            p.member = false;
            p.leftForGood = true;
            shard.standDown(p);
            return;
        }
        if (today.length == 0) return;
        int led = -1;
        for (int a : today) if (p.leaderOf == a) led = a;
        if (led >= 0) shard.propose(p, led);
        double strongest = 0;
        for (int a : today) strongest = Math.max(strongest, flexible.pull(p, a));
        if (random.nextDouble() >= rules.attendProb() * p.belonging * strongest) return;
        int chosen = choose(p, today, random);
        if (chosen != led) shard.propose(p, chosen);
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

}
