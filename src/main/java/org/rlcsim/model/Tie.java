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
    /**
     * The tie's only holder while its other end is not a participant: that person's copy of the
     * contact state ({@link Person#tieStrength}, {@link Person#tieLastContact}) is then the truth,
     * so that an everyday contact writes only the holder's arrays and not this object, the
     * slowest memory a contact would touch. Null for ties between two participants, and once a
     * tie has ended (its last state is then kept here).
     */
    Person soleHolder;
    /** Strength and day as of the last contact, for a tie without a {@link #soleHolder}. */
    private double strength;
    private int lastContact;
    /**
     * The first day the tie is over as of when it was last worked out; contacts since then
     * ({@link #expiryStale}) can only have put that day off.
     */
    int expiryDay;
    private boolean expiryStale;
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
        return fading.after(strength(), day - lastContact());
    }

    /** Strength as of the last contact. */
    double strength() {
        return soleHolder == null ? strength : soleHolder.tieStrength(slotA);
    }

    public int lastContact() {
        return soleHolder == null ? lastContact : soleHolder.tieLastContact(slotA);
    }

    public boolean isEnded() { return ended; }

    public boolean isAliveOn(int day) {
        if (ended) return false;
        if (day < expiryDay) return true;
        return expiryStale() && day < fading.expiry(strength(), lastContact(), breakDay);
    }

    /**
     * Whether contacts since the expiry day was last worked out may have put it off. Contacts
     * along a tie with a sole holder do not touch the tie, so for those it is always worked out
     * again: with no contact since, that gives the same day.
     */
    boolean expiryStale() {
        return soleHolder != null || expiryStale;
    }

    /** The tie has ended: its last contact state stays with it, for whoever still reads it. */
    void detach() {
        if (soleHolder == null) return;
        strength = strength();
        lastContact = lastContact();
        soleHolder = null;
    }

    /** A contact on {@code day} leaves a tie between two participants at {@code strength}. */
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
        expiryDay = fading.expiry(strength(), lastContact(), breakDay);
        expiryStale = false;
    }
}
