package org.rlcsim.model;

import java.io.Serializable;

/**
 * A relationship between a participant ({@link #a}) and another node. Strength is stored as of
 * the last contact; its value on a later day follows from exponential decay, so nothing
 * happens to a tie on days nobody is in touch.
 */
public final class Tie implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The participant who holds the tie (for participant-participant ties, the one who formed it). */
    public final int a;
    public final int b;
    public final TieType type;
    /** How much the two click: scales how often they are in touch. */
    public final float affinity;
    public final int formedDay;
    double strength;
    int lastContact;
    /** First day on which the decayed strength is below the threshold, unless renewed before. */
    int expiryDay;
    /** The day the tie ends whatever its strength (a move, a falling-out), drawn when it forms. */
    int breakDay = Integer.MAX_VALUE;
    boolean ended;

    Tie(int a, int b, TieType type, float affinity, double strength, int day) {
        this.a = a;
        this.b = b;
        this.type = type;
        this.affinity = affinity;
        this.strength = strength;
        this.lastContact = day;
        this.formedDay = day;
    }

    public int other(int id) {
        return id == a ? b : a;
    }

    /** Strength on {@code day}, after decay since the last contact. */
    public double strengthOn(int day, double decay) {
        return strength * Math.exp(-decay * (day - lastContact));
    }

    public int lastContact() { return lastContact; }

    public boolean isEnded() { return ended; }

    public boolean isAliveOn(int day) {
        return !ended && day < expiryDay;
    }
}
