package org.rlcsim.model;

import ec.util.MersenneTwisterFast;
import java.util.function.DoubleSupplier;
import org.rlcsim.model.PhaseTimes.Phase;
import org.rlcsim.model.mechanisms.Coping;
import org.rlcsim.model.mechanisms.Flexible;
import org.rlcsim.model.mechanisms.HoldingJobs;
import org.rlcsim.model.mechanisms.IdentityTransformation;
import org.rlcsim.model.mechanisms.JudgmentFree;
import org.rlcsim.model.mechanisms.Leadership;
import org.rlcsim.model.mechanisms.MeetingPeers;
import org.rlcsim.model.mechanisms.RelaxedOpen;
import org.rlcsim.model.mechanisms.Responsibility;
import org.rlcsim.model.mechanisms.SelfEsteem;
import org.rlcsim.model.mechanisms.SocialNetworks;
import org.rlcsim.model.mechanisms.Trainings;
import org.rlcsim.model.params.InitialStates;
import org.rlcsim.model.params.ModelParameters;
import org.rlcsim.model.params.Population;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.Interval;

/**
 * A community of people with serious mental illness and, if it has one, its peer-run Recovery
 * Learning Community. One step is one day. Days before 0 are the burn-in: the community and its
 * established RLC settle before observation starts on day 0.
 *
 * <p>Each day runs in phases, in the order of the study's causal story: the RLC's atmosphere and
 * opportunities act on those who come ({@link Attendance}, {@link Session}); everyday social
 * life and work go on for everybody ({@link KeepingInTouch}, {@link CommunityLife},
 * {@link FamilyLife}, {@link LabourMarket}); crises happen ({@link HospitalUse}); at the end of
 * the day experiences become intrapersonal change (the intrapersonal mechanisms, and
 * {@link Loneliness}) and people decide whether to come to the RLC tomorrow; faded ties end. Phases loop over people rather than scheduling each
 * person, which MASON runs six to twenty times faster at these sizes (docs/ODD.md, section 3).
 *
 * <p>Atmosphere and opportunity levels and the mechanism switches can be changed while the model
 * runs (getX/setX/domX, for MASON's inspector), and the RLC closed or opened again.
 */
public class RlcModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final ModelParameters params;
    private Person[] people;
    private SocialNetwork network;
    private Rlc rlc;
    private int day;
    /** True between days: after today's last phase (ties that faded today have ended), before tomorrow's first. */
    private boolean dayOver;

    private double judgmentFreeLevel;
    private double flexibilityLevel;
    private double opennessLevel;
    private double leadershipLevel;
    private double meetingPeersLevel;
    private double trainingsLevel;
    /**
     * Whether each mechanism is on, by {@link Theme#ordinal()}. An array rather than an EnumSet:
     * the intrapersonal mechanisms ask several times per person-day, and the set's lookup showed
     * in profiles (about 1% of a run).
     */
    private final boolean[] mechanismsOn = new boolean[Theme.values().length];

    // the twelve themes
    public final JudgmentFree judgmentFree;
    public final Flexible flexible;
    public final RelaxedOpen relaxedOpen;
    public final Leadership leadership;
    public final MeetingPeers meetingPeers;
    public final Trainings trainings;
    public final IdentityTransformation identityTransformation;
    public final SelfEsteem selfEsteem;
    public final Responsibility responsibility;
    public final Coping coping;
    public final SocialNetworks socialNetworks;
    public final HoldingJobs holdingJobs;

    CommunityLife communityLife;
    private final int threads;
    private Shards shards;
    private final NewTies directTies = new DirectTies();
    private final PhaseTimes phaseTimes = new PhaseTimes();
    private Attendance attendance;

    /** A model run on one thread. */
    public RlcModel(ModelParameters params) {
        this(params, 1);
    }

    /**
     * @param threads threads to use within a day's phases; results are the same for any number
     */
    public RlcModel(ModelParameters params, int threads) {
        super(params.seed());
        random = new Twister(params.seed()); // the same draws as MASON's, cheaper to compile
        this.params = params;
        this.threads = Math.max(1, threads);
        var atmosphere = params.rlc().atmosphere();
        var opportunities = params.rlc().opportunities();
        judgmentFreeLevel = atmosphere.judgmentFree();
        flexibilityLevel = atmosphere.flexibility();
        opennessLevel = atmosphere.openness();
        leadershipLevel = opportunities.leadership();
        meetingPeersLevel = opportunities.meetingPeers();
        trainingsLevel = opportunities.trainings();
        for (Theme t : params.mechanisms().on()) mechanismsOn[t.ordinal()] = true;
        judgmentFree = new JudgmentFree(this);
        flexible = new Flexible(this);
        relaxedOpen = new RelaxedOpen(this);
        leadership = new Leadership(this);
        meetingPeers = new MeetingPeers(this);
        trainings = new Trainings(this);
        identityTransformation = new IdentityTransformation(this);
        selfEsteem = new SelfEsteem(this);
        responsibility = new Responsibility(this);
        coping = new Coping(this);
        socialNetworks = new SocialNetworks(this);
        holdingJobs = new HoldingJobs(this);
    }

    @Override
    public void start() {
        super.start();
        day = -params.burnInDays() - 1;
        // seed(), not params.seed(): MASON's Console may reseed the model before starting it
        shards = new Shards(params.population().participants(), seed(), threads);
        createPeople();
        rlc = new Rlc(this);
        communityLife = new CommunityLife(this);
        schedulePhases();
        decideAttendance(day + 1, p -> {});
    }

    /**
     * The evening before {@code next}: each person's end of day, then whether they come to the
     * RLC tomorrow, block by block in one sweep.
     */
    private void decideAttendance(int next, java.util.function.Consumer<Person> endOfDay) {
        attendance.beforeDecisions(next);
        shards.forEach(shard -> {
            for (int i = shard.from; i < shard.to; i++) {
                Person p = people[i];
                endOfDay.accept(p);
                attendance.decide(p, next, shard);
            }
        });
        attendance.afterDecisions(shards.all);
    }

    /**
     * The population with its starting states, relatives, acquaintances and jobs, all drawn from
     * the model's stream in a fixed order. Each person's part is a method of its own: as loops in
     * one method, C2 compiled this once per loop on stack replacement and again in full for every
     * few runs of a batch (0.5 s of compiling in a 100-run batch).
     */
    private void createPeople() {
        Population pop = params.population();
        InitialStates init = params.initial();
        MersenneTwisterFast r = random;
        people = new Person[pop.participants()];
        StartingStates states = new StartingStates(Draw.beta(r, init.isolation().mean(), init.isolation().sd()),
                Draw.beta(r, init.selfEsteem().mean(), init.selfEsteem().sd()),
                Draw.beta(r, init.identity().mean(), init.identity().sd()),
                Draw.beta(r, init.responsibility().mean(), init.responsibility().sd()),
                Draw.beta(r, init.coping().mean(), init.coping().sd()),
                Draw.beta(r, init.socialAnxiety().mean(), init.socialAnxiety().sd()));
        for (int i = 0; i < people.length; i++) people[i] = newPerson(i, states, r);
        int staff = params.rlc().enabled() ? params.rlc().staff() : 0;
        int community = (int) Math.max(pop.circleSize(), Math.round(pop.participants() * pop.communityPerParticipant()));
        network = new SocialNetwork(people, staff, community, pop.circleSize(), params.ties(), random);
        int activities = params.rlc().enabled() ? params.rlc().schedule().size() : 0;
        for (Person p : people) joinFamily(p, activities, day, r);
        // Outside ties start at their settled strengths and jobs at the observed share; the burn-in
        // irons out the rest.
        LabourMarket labour = new LabourMarket(this);
        for (Person p : people) joinCommunity(p, labour, day, r);
    }

    /** The distributions of the starting intrapersonal states. */
    private record StartingStates(DoubleSupplier isolation, DoubleSupplier selfEsteem, DoubleSupplier identity,
                                  DoubleSupplier responsibility, DoubleSupplier coping, DoubleSupplier socialAnxiety) {}

    private Person newPerson(int id, StartingStates s, MersenneTwisterFast r) {
        // arguments are evaluated left to right: the draws come in this order
        Person created = new Person(id, s.isolation().getAsDouble(), s.selfEsteem().getAsDouble(),
                s.identity().getAsDouble(), s.responsibility().getAsDouble(), s.coping().getAsDouble(),
                s.socialAnxiety().getAsDouble(), Draw.meanOneLogNormal(r, params.hospital().frailtySd()));
        created.contactClock = -Math.log(1.0 - r.nextDouble());
        created.statesDay = day;
        return created;
    }

    /** How much each activity appeals to the person, and their relatives, in touch or estranged. */
    private void joinFamily(Person p, int activities, int startDay, MersenneTwisterFast r) {
        Population pop = params.population();
        p.interest = new float[activities];
        for (int a = 0; a < activities; a++) p.interest[a] = r.nextFloat();
        int relatives = Draw.poisson(r, pop.familyMean());
        for (int k = 0; k < relatives; k++) {
            if (r.nextDouble() < pop.familyEstrangedShare()) {
                p.estrangedRelatives++;
            } else {
                int node = network.addNode(Role.FAMILY);
                float affinity = (float) Draw.meanOneLogNormal(r, params.ties().affinitySd());
                network.form(p, node, TieType.FAMILY, affinity, settled(TieType.FAMILY, affinity, p), startDay);
            }
        }
    }

    /** The person's acquaintances in the community and, at the observed share, a job. */
    private void joinCommunity(Person p, LabourMarket labour, int startDay, MersenneTwisterFast r) {
        int acquaintances = Draw.poisson(r, params.population().initialAcquaintances());
        for (int k = 0; k < acquaintances; k++) {
            int c = network.randomCommunityMember(r);
            float affinity = (float) Draw.meanOneLogNormal(r, params.ties().affinitySd());
            if (p.tieWith(c) == null) network.form(p, c, TieType.OUTSIDE, affinity, settled(TieType.OUTSIDE, affinity, p), startDay);
        }
        if (r.nextDouble() < params.initial().employedShare()) labour.startJob(p, startDay, r, directTies);
    }

    private double settled(TieType type, float affinity, Person p) {
        double availability = 1.0 - params.ties().withdrawal() * p.isolation;
        double s = KeepingInTouch.settledStrength(params.ties().of(type), affinity, availability);
        return Math.max(params.ties().newStrength(), Math.min(0.95, s));
    }

    private void schedulePhases() {
        attendance = new Attendance(this);
        KeepingInTouch keepingInTouch = new KeepingInTouch(this, communityLife);
        FamilyLife familyLife = new FamilyLife(this);
        LabourMarket labourMarket = new LabourMarket(this);
        HospitalUse hospital = new HospitalUse(this);
        Loneliness loneliness = new Loneliness(params.loneliness());
        int order = 0;
        schedule.scheduleRepeating(Schedule.EPOCH, order++, (Steppable) s -> newDay(), 1.0);
        // the RLC's day: the sessions, with those who decided the evening before to come
        schedule.scheduleRepeating(Schedule.EPOCH, order++, (Steppable) s -> {
            long t = System.nanoTime();
            attendance.day(day);
            phaseTimes.add(Phase.SESSIONS, t);
        }, 1.0);
        // everyday life for everybody, block by block; changes that reach other people afterwards
        schedule.scheduleRepeating(Schedule.EPOCH, order++, (Steppable) s -> {
            long t = System.nanoTime();
            shards.forEach(shard -> {
                for (int i = shard.from; i < shard.to; i++) {
                    Person p = people[i];
                    keepingInTouch.day(p, day, shard);
                    communityLife.meetNewPeople(p, day, shard.random, shard);
                    familyLife.day(p, day, shard.random, shard);
                    labourMarket.day(p, day, shard.random, shard);
                    hospital.day(p, day, shard);
                }
            });
            phaseTimes.add(Phase.EVERYDAY_LIFE, t);
            t = System.nanoTime();
            for (Shard shard : shards.all) applyDeferred(shard, keepingInTouch);
            phaseTimes.add(Phase.DEFERRED_CHANGES, t);
        }, 1.0);
        // the end of the day: experiences become intrapersonal change; then the evening's plans
        java.util.function.Consumer<Person> endOfDay = p -> {
            if (p.today.movesStates() || p.admittedToday) changeStates(p);
            loneliness.endOfDay(p);
            p.today.clear();
            p.admittedToday = false;
        };
        schedule.scheduleRepeating(Schedule.EPOCH, order++, (Steppable) s -> {
            long t = System.nanoTime();
            decideAttendance(day + 1, endOfDay);
            phaseTimes.add(Phase.EVENING, t);
        }, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, order, (Steppable) s -> {
            long t = System.nanoTime();
            network.endFadedTies(day, shards);
            phaseTimes.add(Phase.ENDING_TIES, t);
            dayOver = true;
        }, 1.0);
    }

    /**
     * The end of a day that brought experience (or an admission): the states first relapse, in
     * closed form, over the days without experience since they last changed; then the day's
     * experience changes them, identity first, since responsibility builds on it.
     */
    private void changeStates(Person p) {
        settleStates(p, day);
        identityTransformation.endOfDay(p);
        selfEsteem.endOfDay(p);
        responsibility.endOfDay(p);
        coping.endOfDay(p);
        socialNetworks.endOfDay(p);
        p.statesDay = day;
    }

    /** Stores each intrapersonal state as it stands during {@code day}, before that day's change. */
    private void settleStates(Person p, int day) {
        identityTransformation.settle(p, day);
        selfEsteem.settle(p, day);
        responsibility.settle(p, day);
        coping.settle(p, day);
        socialNetworks.settle(p, day);
        p.statesDay = day - 1;
    }

    /**
     * What a block's pass left for afterwards, applied one thing at a time. A method of its own,
     * called for each block every day, so that the JIT compiles it once: its loops inside the
     * daily phase, which runs once a day, were compiled four times over, one loop after another.
     */
    private void applyDeferred(Shard shard, KeepingInTouch keepingInTouch) {
        for (Person p : shard.admitted) rlc.leaveForHospital(p);
        for (Shard.PeerContact c : shard.peerContacts) keepingInTouch.peerContact(c, day, directTies);
        for (Shard.NewTie tie : shard.newTies) formDeferred(tie);
        shard.admitted.clear();
        shard.peerContacts.clear();
        shard.newTies.clear();
    }

    /**
     * A tie decided during a block's pass, by someone then out of hospital: formed now unless it
     * exists already or the other participant is in hospital.
     */
    private void formDeferred(Shard.NewTie t) {
        Person p = t.person();
        if (t.other() < 0) {
            network.form(p, network.addNode(t.newNode()), t.type(), t.affinity(), day);
            return;
        }
        if (network.isParticipant(t.other()) && people[t.other()].inHospital) return;
        if (p.tieWith(t.other()) == null) network.form(p, t.other(), t.type(), t.affinity(), day);
    }

    /** Forms ties at once: for what runs one thing at a time (setting up, RLC sessions, afterwards). */
    private final class DirectTies implements NewTies, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public void tie(Person p, int other, TieType type, float affinity) {
            if (p.tieWith(other) == null) network.form(p, other, type, affinity, day);
        }

        @Override
        public void newcomer(Person p, Role role, TieType type, float affinity) {
            network.form(p, network.addNode(role), type, affinity, day);
        }
    }

    @Override
    public void finish() {
        super.finish();
        if (shards != null) shards.close();
    }

    private void newDay() {
        dayOver = false;
        day++;
        if (day == 0) startObservation();
        if (day == params.rlc().closingDay() && day > 0) rlc.close(people);
    }

    /** The burn-in is over: outcome counts start from zero, as in a study's observation window. */
    private void startObservation() {
        for (Person p : people) {
            p.admissions = 0;
            p.erVisits = 0;
            p.bedDays = 0;
            p.discharges = 0;
            p.readmissions30 = 0;
            p.jobsStarted = 0;
        }
    }

    // ---- what observers, reports and the GUI read ----

    public ModelParameters params() { return params; }

    public Person[] people() { return people; }

    public SocialNetwork network() { return network; }

    public Rlc rlc() { return rlc; }

    Shards shards() { return shards; }

    /** Wall time spent in each phase of the days so far (see {@link PhaseTimes}). */
    public PhaseTimes phaseTimes() { return phaseTimes; }

    /** Threads the model works with (results do not depend on it). */
    public int threads() { return threads; }

    /**
     * Runs {@code task} for 0 to {@code count - 1} on the model's threads, between days: for
     * observers that read every person, such as the weekly census. Each task must write only
     * data of its own, so that results do not depend on which thread ran it.
     */
    public void inParallel(int count, java.util.function.IntConsumer task) {
        shards.forEachTask(count, task);
    }

    NewTies directTies() { return directTies; }

    /** The day last simulated (negative during the burn-in; -burnIn-1 before the first step). */
    public int today() { return day; }

    /**
     * Whether {@link #today()} is over, as it is whenever the schedule is between steps: then every
     * tie a person holds is live, since ties end in the day's last phase.
     */
    public boolean dayOver() { return dayOver; }

    public boolean rlcOpen() { return rlc.open(); }

    /**
     * A person's intrapersonal states as the end of {@link #today()} left them: what observers,
     * reports and the GUI read between days.
     */
    public States statesOf(Person p) {
        int during = day + 1;
        return new States(identityTransformation.of(p, during), selfEsteem.of(p, during),
                responsibility.of(p, during), coping.of(p, during), socialNetworks.anxietyOf(p, during));
    }

    /** The intrapersonal states of one person at one time. */
    public record States(double identity, double selfEsteem, double responsibility, double coping, double socialAnxiety) {}

    /**
     * Closes the RLC, or opens it again, from the next day on (between days, from MASON's
     * inspector). Does nothing in a community without an RLC.
     */
    public void setRlcOpen(boolean open) {
        if (open) rlc.reopen(people);
        else rlc.close(people);
    }

    public boolean isOn(Theme t) { return mechanismsOn[t.ordinal()]; }

    /**
     * Switches a mechanism on or off from the next day on (between days, from MASON's inspector).
     * States first relapse up to today's end under the switches they relapsed under so far.
     */
    public void setOn(Theme t, boolean on) {
        if (people != null) for (Person p : people) settleStates(p, day + 1);
        mechanismsOn[t.ordinal()] = on;
        if (people != null) for (Person p : people) p.contactRate = -1; // peer contact rates depend on a switch
    }

    // ---- levels, for MASON's inspector: changeable while the model runs ----

    public double getJudgmentFree() { return judgmentFreeLevel; }
    public void setJudgmentFree(double v) { judgmentFreeLevel = clamp(v); }
    public Object domJudgmentFree() { return new Interval(0.0, 1.0); }

    public double getFlexibility() { return flexibilityLevel; }
    public void setFlexibility(double v) { flexibilityLevel = clamp(v); }
    public Object domFlexibility() { return new Interval(0.0, 1.0); }

    public double getOpenness() { return opennessLevel; }
    public void setOpenness(double v) { opennessLevel = clamp(v); }
    public Object domOpenness() { return new Interval(0.0, 1.0); }

    public double getLeadership() { return leadershipLevel; }
    public void setLeadership(double v) { leadershipLevel = clamp(v); }
    public Object domLeadership() { return new Interval(0.0, 1.0); }

    public double getMeetingPeers() { return meetingPeersLevel; }
    public void setMeetingPeers(double v) { meetingPeersLevel = clamp(v); }
    public Object domMeetingPeers() { return new Interval(0.0, 1.0); }

    public double getTrainings() { return trainingsLevel; }
    public void setTrainings(double v) { trainingsLevel = clamp(v); }
    public Object domTrainings() { return new Interval(0.0, 1.0); }

    private static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }
}
