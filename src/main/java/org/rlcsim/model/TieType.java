package org.rlcsim.model;

/** What a tie is, which sets how often it is renewed and how fast it fades. */
public enum TieType {
    FAMILY("family"),
    RLC_PEER("rlc_peer"),
    RLC_STAFF("rlc_staff"),
    OUTSIDE("outside"),
    COWORKER("coworker");

    public static final TieType[] ALL = values();
    private final String key;

    TieType(String key) { this.key = key; }

    public String key() { return key; }

    /** Whether a strong enough tie of this type counts as a friendship: relatives and staff do not. */
    public boolean canBeFriendship() {
        return this != FAMILY && this != RLC_STAFF;
    }
}
