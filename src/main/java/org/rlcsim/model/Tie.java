package org.rlcsim.model;

import java.io.Serializable;

/**
 * A relationship between a participant ({@link #a}) and another node. Strength is stored as of
 * the last contact; its value on a later day follows from exponential decay, so nothing
 * happens to a tie on days nobody is in touch. The day it will be over is worked out again only
 * when that day comes, not at every contact (see {@link SocialNetwork#endFadedTies}).
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
    final Fading fading;
    double strength;
    int lastContact;
    /**
     * The first day the tie is over as of when it was last worked out; contacts since then
     * ({@link #expiryStale}) can only have put that day off.
     */
    int expiryDay;
    boolean expiryStale;
    /** The day the tie ends whatever its strength (a move, a falling-out), drawn when it forms. */
    int breakDay = Integer.MAX_VALUE;
    boolean ended;
    /** Where the tie sits in each holder's arrays ({@link Person#ties}), so it is found without a search. */
    int slotA = -1;
    int slotB = -1;

    Tie(int a, int b, TieType type, float affinity, double strength, int day, Fading fading) {
        this.a = a;
        this.b = b;
        this.type = type;
        this.affinity = affinity;
        this.strength = strength;
        this.lastContact = day;
        this.formedDay = day;
        this.fading = fading;
    }

    public int other(int id) {
        return id == a ? b : a;
    }

    /** Strength on {@code day}, after decay since the last contact. */
    public double strengthOn(int day) {
        return fading.after(strength, day - lastContact);
    }

    public int lastContact() { return lastContact; }

    public boolean isEnded() { return ended; }

    public boolean isAliveOn(int day) {
        if (ended) return false;
        if (day < expiryDay) return true;
        return expiryStale && day < fading.expiry(strength, lastContact, breakDay);
    }

    /** A contact on {@code day} leaves the tie at {@code strength}. */
    void renew(int day, double strength) {
        this.strength = strength;
        this.lastContact = day;
        this.expiryStale = true;
    }

    int slotIn(int holder) { return holder == a ? slotA : slotB; }

    void setSlotIn(int holder, int slot) {
        if (holder == a) slotA = slot;
        else slotB = slot;
    }

    /** Works out again the day the tie is over, after contacts since it was last worked out. */
    void refreshExpiry() {
        expiryDay = fading.expiry(strength, lastContact, breakDay);
        expiryStale = false;
    }
}
