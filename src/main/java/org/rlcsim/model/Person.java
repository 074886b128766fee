package org.rlcsim.model;

import java.io.Serializable;

/**
 * A participant: a person with serious mental illness living in the community, who may or may
 * not come to the RLC. Psychosocial states are on a 0 to 1 scale (docs/ODD.md maps them to the
 * instruments). Each state remembers its starting level, towards which it drifts back when
 * nothing sustains a change.
 */
public final class Person implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int NEVER = Integer.MIN_VALUE;

    public final int id;

    // intrapersonal states
    public double isolation;
    public double selfEsteem;
    public double identity;
    public double responsibility;
    public double coping;
    public double socialAnxiety;
    /** Recovery and work skills from trainings and workshops. */
    public double skills;
    public final double selfEsteemStart;
    public final double identityStart;
    public final double responsibilityStart;
    public final double copingStart;
    public final double socialAnxietyStart;
    /** Lasting personal crisis risk (mean 1). */
    public final double frailty;

    /**
     * False while the intrapersonal states have never left their starting levels: then the
     * end-of-day mechanisms have nothing to do, and are skipped.
     */
    boolean statesMoved;
    /** Everyday contact rate (before withdrawal), kept until ties, work or switches change. */
    double contactRate = -1;
    /** Share of the everyday rate each non-family tie gets, for limited time (set with {@link #contactRate}). */
    double contactShare = 1.0;

    /** What happened to the person today; turned into state changes at the end of the day. */
    public final Experiences today = new Experiences();

    // network
    Tie[] ties = new Tie[16];
    /** Type and affinity of each tie, side by side, so choosing whom to contact reads no Tie objects. */
    byte[] tieTypes = new byte[16];
    float[] tieAffinities = new float[16];
    /**
     * For each tie, the first day it is no longer a friendship, or {@link #UNKNOWN} after a contact
     * changed it: the weekly census then reads no Tie that has not been in touch (see
     * {@link SocialNetwork#friendsOf}).
     */
    int[] friendshipEnds = new int[16];
    static final int UNKNOWN = Integer.MIN_VALUE;
    /**
     * Copies of each tie's state as of its last contact (strength, day) and of the day it was
     * last worked out to be over, kept with the person: an everyday contact then reads only the
     * person's own arrays, not the Tie, which is the truth and is written alongside
     * ({@link SocialNetwork#renew}, {@link SocialNetwork#expiryWorkedOut}).
     */
    double[] tieStrength = new double[16];
    int[] tieLastContact = new int[16];
    int[] tieExpiry = new int[16];
    /**
     * Running sums of the ties' everyday contact rates (ties 0 to k), worked out with
     * {@link #contactRate} and valid while it is: choosing the tie of a contact is then a scan
     * that does no arithmetic.
     */
    double[] tieRateSums = new double[16];
    /** Whether the tie's other end is a participant too (the tie is then in both people's arrays). */
    boolean[] tieToParticipant = new boolean[16];
    int tieCount;
    final int[] tiesOfType = new int[TieType.ALL.length];
    final double[] affinityOfType = new double[TieType.ALL.length];
    /** Remaining integrated contact rate until this person's next everyday contact (Exp(1) at the start). */
    double contactClock;
    // next candidate days of rare events (see Thinning)
    int nextMeeting = Thinning.NOW;
    int nextReconnection = Thinning.NOW;
    int nextJobChange = Thinning.NOW;
    int nextCrisis = Thinning.NOW;
    /** The bound {@link #nextCrisis} was drawn from. */
    double crisisBound;
    int nextRlcStep = Thinning.NOW;
    /** Relatives alive but out of touch. */
    int estrangedRelatives;

    // work
    boolean employed;
    int jobsStarted;

    // hospital
    boolean inHospital;
    int dischargeDay;
    int lastDischargeDay = NEVER;
    int admissions;
    int erVisits;
    int bedDays;
    int discharges;
    int readmissions30;
    public boolean admittedToday;

    // RLC
    boolean aware;
    boolean member;
    boolean lapsed;
    boolean leftForGood;
    public double belonging;
    int firstVisitDay = NEVER;
    int lastVisitDay = NEVER;
    int visits;
    int turnedAway;
    /** Index into the timetable of the activity this person co-facilitates, or -1. */
    int leaderOf = -1;
    int leaderDays;
    /** How much each activity of the timetable appeals to this person (0 to 1). */
    float[] interest;

    Person(int id, double isolation, double selfEsteem, double identity, double responsibility, double coping,
           double socialAnxiety, double frailty) {
        this.id = id;
        this.isolation = isolation;
        this.selfEsteem = selfEsteem;
        this.selfEsteemStart = selfEsteem;
        this.identity = identity;
        this.identityStart = identity;
        this.responsibility = responsibility;
        this.responsibilityStart = responsibility;
        this.coping = coping;
        this.copingStart = coping;
        this.socialAnxiety = socialAnxiety;
        this.socialAnxietyStart = socialAnxiety;
        this.frailty = frailty;
    }

    // read-only view for observers, reports and the GUI
    public boolean employed() { return employed; }
    public int jobsStarted() { return jobsStarted; }
    public boolean inHospital() { return inHospital; }
    public int admissions() { return admissions; }
    public int erVisits() { return erVisits; }
    public int bedDays() { return bedDays; }
    public int discharges() { return discharges; }
    public int readmissions30() { return readmissions30; }
    public int lastDischargeDay() { return lastDischargeDay; }
    public boolean aware() { return aware; }
    public boolean member() { return member; }
    /** Drifted away from the RLC, and may come back. */
    public boolean lapsed() { return lapsed; }
    public boolean leftForGood() { return leftForGood; }
    public boolean hasAttended() { return firstVisitDay != NEVER; }
    public int firstVisitDay() { return firstVisitDay; }
    public int lastVisitDay() { return lastVisitDay; }
    public int visits() { return visits; }
    public int turnedAway() { return turnedAway; }
    public boolean isLeader() { return leaderOf >= 0; }
    /** Index into the timetable of the activity the person co-facilitates, or -1. */
    public int ledActivity() { return leaderOf; }
    public int leaderDays() { return leaderDays; }
    public int tieCount() { return tieCount; }
    public double interest(int activity) { return interest[activity]; }
    public int tiesOf(TieType t) { return tiesOfType[t.ordinal()]; }

    /** The type of the person's tie {@code k}, read without touching the tie itself. */
    public TieType tieType(int k) { return TieType.ALL[tieTypes[k]]; }

    /** The person's ties; entries past {@link #tieCount()} are unused. Do not modify. */
    public Tie[] ties() { return ties; }

    /** Ties other than family: what bounds how many more a person takes on. */
    public int nonFamilyTies() {
        return tieCount - tiesOfType[TieType.FAMILY.ordinal()];
    }

    void addTie(Tie t, boolean toParticipant) {
        if (tieCount == ties.length) {
            ties = java.util.Arrays.copyOf(ties, ties.length * 2);
            tieTypes = java.util.Arrays.copyOf(tieTypes, ties.length);
            tieAffinities = java.util.Arrays.copyOf(tieAffinities, ties.length);
            friendshipEnds = java.util.Arrays.copyOf(friendshipEnds, ties.length);
            tieStrength = java.util.Arrays.copyOf(tieStrength, ties.length);
            tieLastContact = java.util.Arrays.copyOf(tieLastContact, ties.length);
            tieExpiry = java.util.Arrays.copyOf(tieExpiry, ties.length);
            tieToParticipant = java.util.Arrays.copyOf(tieToParticipant, ties.length);
            tieRateSums = new double[ties.length]; // worked out again: contactRate is reset below
        }
        contactRate = -1;
        tieTypes[tieCount] = (byte) t.type.ordinal();
        tieAffinities[tieCount] = t.affinity;
        friendshipEnds[tieCount] = UNKNOWN;
        tieStrength[tieCount] = t.strength;
        tieLastContact[tieCount] = t.lastContact;
        tieExpiry[tieCount] = t.expiryDay;
        tieToParticipant[tieCount] = toParticipant;
        t.setSlotIn(id, tieCount);
        ties[tieCount++] = t;
        tiesOfType[t.type.ordinal()]++;
        affinityOfType[t.type.ordinal()] += t.affinity;
    }

    void removeTie(Tie t) {
        int k = t.slotIn(id);
        if (k < 0 || k >= tieCount || ties[k] != t) throw new IllegalStateException("tie not held by person " + id);
        contactRate = -1;
        tieCount--;
        Tie moved = ties[tieCount];
        ties[k] = moved;
        tieTypes[k] = tieTypes[tieCount];
        tieAffinities[k] = tieAffinities[tieCount];
        friendshipEnds[k] = friendshipEnds[tieCount];
        tieStrength[k] = tieStrength[tieCount];
        tieLastContact[k] = tieLastContact[tieCount];
        tieExpiry[k] = tieExpiry[tieCount];
        tieToParticipant[k] = tieToParticipant[tieCount];
        moved.setSlotIn(id, k);
        ties[tieCount] = null;
        t.setSlotIn(id, -1);
        tiesOfType[t.type.ordinal()]--;
        affinityOfType[t.type.ordinal()] -= t.affinity;
        if (tiesOfType[t.type.ordinal()] == 0) affinityOfType[t.type.ordinal()] = 0;
    }

    /** A contact changed tie {@code t}: when it stops being a friendship is worked out again when next asked. */
    void tieRenewed(Tie t) {
        tieRenewedAt(t.slotIn(id), t.lastContact, t.strength);
    }

    void tieRenewedAt(int k, int day, double strength) {
        friendshipEnds[k] = UNKNOWN;
        tieStrength[k] = strength;
        tieLastContact[k] = day;
    }

    void tieExpiryWorkedOut(Tie t) {
        tieExpiry[t.slotIn(id)] = t.expiryDay;
    }

    /**
     * Whether tie {@code k} is live on {@code day}: from the person's own copy of the day it was
     * last worked out to be over, and only past that day from the Tie itself (see {@link Tie#isAliveOn}).
     * Every tie a person holds has not ended: ended ties leave both holders at once.
     */
    boolean tieAliveOn(int k, int day) {
        return day < tieExpiry[k] || ties[k].isAliveOn(day);
    }

    public Tie tieWith(int other) {
        for (int k = 0; k < tieCount; k++) {
            Tie t = ties[k];
            if (t.b == other || t.a == other) return t;
        }
        return null;
    }
}
