package org.rlcsim.model;

/** Who a node of the network is. Only participants carry psychosocial state. */
public enum Role {
    PARTICIPANT("participant"),
    STAFF("rlc_staff"),
    FAMILY("family"),
    COMMUNITY("community_member"),
    COWORKER("coworker");

    public static final Role[] ALL = values();
    private final String key;

    Role(String key) { this.key = key; }

    public String key() { return key; }
}
