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

    /** Loneliness, changed at the end of every day. */
    public double isolation;
    // Intrapersonal states changed by experience: as the end of day statesDay left them. Days
    // without experience since are worked out when they are read, so read them through the
    // mechanisms' of(p, day) (or RlcModel.statesOf between days), never directly.
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
     * The last day whose end changed the states stored in identity, self-esteem, responsibility,
     * coping and social anxiety (a day with experience, or the day just over when a mechanism
     * was switched on or off); they relapse in closed form from there.
     */
    int statesDay;
    /** Everyday contact rate (before withdrawal), kept until ties, work or switches change. */
    double contactRate = -1;
    /** Share of the everyday rate each non-family tie gets, for limited time (set with {@link #contactRate}). */
    double contactShare = 1.0;

    /** What happened to the person today; turned into state changes at the end of the day. */
    public final Experiences today = new Experiences();

    // network. The per-tie arrays start empty and get room at the first tie: the population is
    // created person by person before anyone has ties, so people then lie side by side in memory
    // rather than 1.2 KB apart among their arrays, which the two daily sweeps over everybody read
    // faster (10,000 people, warm, one thread: 5% less time on average, in 6 paired rounds).
    Tie[] ties = new Tie[0];
    /** Affinity of each tie, so that working out contact rates reads no Tie objects. */
    float[] tieAffinities = new float[0];
    /**
     * What an everyday contact and the weekly census need of each tie, packed in {@link #STATE}
     * longs per tie so that a contact reads one or two cache lines rather than one per field:
     * the tie's strength and day as of its last contact and the day it was last worked out to
     * be over; its type; whether its other end is a participant too (the tie is then in both
     * people's arrays). For a tie to someone who is not a participant, strength and day are the
     * truth ({@link Tie#soleHolder}); for a tie between two participants they copy the Tie's,
     * written alongside ({@link SocialNetwork#renew}); the expiry day always copies the Tie's
     * ({@link SocialNetwork#expiryWorkedOut}). Read and written through the methods below.
     */
    private long[] tieState = new long[0];
    private static final int STATE = 3;
    /**
     * The first day each tie is no longer a friendship; {@link #UNKNOWN} after a contact changed
     * it, {@link #NO_FRIENDSHIP} for a type that cannot be one (see {@link SocialNetwork#friendsOf}).
     * Apart from the packed state because the weekly census reads it for every tie: 4 bytes a tie
     * rather than 24, a sixth of the memory it streams through.
     */
    private int[] friendshipEnds = new int[0];
    static final int UNKNOWN = Integer.MIN_VALUE;
    /** Before every day: a tie of this type is never counted as a friendship. */
    static final int NO_FRIENDSHIP = Integer.MIN_VALUE + 1;
    /**
     * Running sums of the ties' everyday contact rates (ties 0 to k), worked out with
     * {@link #contactRate} and valid while it is: choosing the tie of a contact is then a scan
     * that does no arithmetic.
     */
    double[] tieRateSums = new double[0];
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
    /** The last day whose end changed the stored intrapersonal states (see {@link #statesDay}). */
    public int statesDay() { return statesDay; }
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
    public TieType tieType(int k) { return TieType.ALL[tieTypeIndex(k)]; }

    // tie k's packed state: [strength bits] [last contact | expiry] [to participant | type]

    /** The ordinal of tie {@code k}'s {@link TieType}. */
    int tieTypeIndex(int k) { return (int) (tieState[STATE * k + 2] & 0xFF); }

    boolean tieToParticipant(int k) { return (tieState[STATE * k + 2] & 0x100) != 0; }

    /** Tie {@code k}'s strength as of its last contact. */
    double tieStrength(int k) { return Double.longBitsToDouble(tieState[STATE * k]); }

    int tieLastContact(int k) { return (int) (tieState[STATE * k + 1] >> 32); }

    /** The day tie {@code k} was last worked out to be over. */
    int tieExpiry(int k) { return (int) tieState[STATE * k + 1]; }

    /** The first day tie {@code k} is no longer a friendship, {@link #UNKNOWN} or {@link #NO_FRIENDSHIP}. */
    int friendshipEnd(int k) { return friendshipEnds[k]; }

    /** For a tie whose type can be a friendship; {@code day} is a day, not one of the markers. */
    void setFriendshipEnd(int k, int day) { friendshipEnds[k] = day; }

    private void setContact(int k, double strength, int lastContact) {
        tieState[STATE * k] = Double.doubleToRawLongBits(strength);
        tieState[STATE * k + 1] = ((long) lastContact << 32) | (tieState[STATE * k + 1] & 0xFFFF_FFFFL);
    }

    private void setExpiry(int k, int expiry) {
        tieState[STATE * k + 1] = (tieState[STATE * k + 1] & 0xFFFF_FFFF_0000_0000L) | (expiry & 0xFFFF_FFFFL);
    }

    /** The person's ties; entries past {@link #tieCount()} are unused. Do not modify. */
    public Tie[] ties() { return ties; }

    /** Ties other than family: what bounds how many more a person takes on. */
    public int nonFamilyTies() {
        return tieCount - tiesOfType[TieType.FAMILY.ordinal()];
    }

    void addTie(Tie t, boolean toParticipant) {
        if (tieCount == ties.length) {
            ties = java.util.Arrays.copyOf(ties, Math.max(16, ties.length * 2));
            tieAffinities = java.util.Arrays.copyOf(tieAffinities, ties.length);
            tieState = java.util.Arrays.copyOf(tieState, ties.length * STATE);
            friendshipEnds = java.util.Arrays.copyOf(friendshipEnds, ties.length);
            tieRateSums = new double[ties.length]; // worked out again: contactRate is reset below
        }
        contactRate = -1;
        tieAffinities[tieCount] = t.affinity;
        tieState[STATE * tieCount + 2] = (toParticipant ? 0x100 : 0) | t.type.ordinal();
        friendshipEnds[tieCount] = t.type.canBeFriendship() ? UNKNOWN : NO_FRIENDSHIP;
        setContact(tieCount, t.strength(), t.lastContact());
        setExpiry(tieCount, t.expiryDay);
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
        tieAffinities[k] = tieAffinities[tieCount];
        System.arraycopy(tieState, STATE * tieCount, tieState, STATE * k, STATE);
        friendshipEnds[k] = friendshipEnds[tieCount];
        moved.setSlotIn(id, k);
        ties[tieCount] = null;
        t.setSlotIn(id, -1);
        tiesOfType[t.type.ordinal()]--;
        affinityOfType[t.type.ordinal()] -= t.affinity;
        if (tiesOfType[t.type.ordinal()] == 0) affinityOfType[t.type.ordinal()] = 0;
    }

    /** A contact changed tie {@code t}: when it stops being a friendship is worked out again when next asked. */
    void tieRenewed(Tie t) {
        tieRenewedAt(t.slotIn(id), t.lastContact(), t.strength());
    }

    void tieRenewedAt(int k, int day, double strength) {
        if (friendshipEnds[k] != NO_FRIENDSHIP) friendshipEnds[k] = UNKNOWN;
        setContact(k, strength, day);
    }

    void tieExpiryWorkedOut(Tie t) {
        setExpiry(t.slotIn(id), t.expiryDay);
    }

    /**
     * Whether tie {@code k} is live on {@code day}: from the person's own copy of the day it was
     * last worked out to be over, and only past that day from the Tie itself (see {@link Tie#isAliveOn}).
     * Every tie a person holds has not ended: ended ties leave both holders at once.
     */
    boolean tieAliveOn(int k, int day) {
        return day < tieExpiry(k) || ties[k].isAliveOn(day);
    }

    public Tie tieWith(int other) {
        for (int k = 0; k < tieCount; k++) {
            Tie t = ties[k];
            if (t.b == other || t.a == other) return t;
        }
        return null;
    }
}
