package org.rlcsim.model;

/**
 * Where an activity's site is: the RLC's own rooms, or a place in the wider community (a library,
 * a park, a café), where participants also meet people who are not mental-health consumers.
 */
public enum Location {
    RLC("rlc"),
    COMMUNITY("community");

    private final String key;

    Location(String key) { this.key = key; }

    public String key() { return key; }

    public static Location fromKey(String key) {
        for (Location l : values()) if (l.key.equals(key)) return l;
        throw new IllegalArgumentException("unknown location " + key);
    }
}
