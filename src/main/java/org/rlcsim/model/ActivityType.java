package org.rlcsim.model;

/** The kinds of activity an RLC offers (Delman et al. 2016, p. 1). */
public enum ActivityType {
    PEER_SUPPORT("peer_support"),
    WELLNESS("wellness"),
    TRAINING("training"),
    EMPLOYMENT_SUPPORT("employment_support"),
    COMPUTER_LAB("computer_lab"),
    COMMUNITY_MEETING("community_meeting"),
    SOCIAL_OUTING("social_outing");

    public static final ActivityType[] ALL = values();
    private final String key;

    ActivityType(String key) { this.key = key; }

    public String key() { return key; }

    public static ActivityType fromKey(String key) {
        for (ActivityType t : ALL) if (t.key.equals(key)) return t;
        throw new IllegalArgumentException("unknown activity type " + key);
    }
}
