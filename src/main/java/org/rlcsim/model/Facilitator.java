package org.rlcsim.model;

/** Who runs an activity: paid peer staff, or a participant in a leadership role. */
public enum Facilitator {
    STAFF("staff"),
    PARTICIPANT("participant");

    private final String key;

    Facilitator(String key) { this.key = key; }

    public String key() { return key; }

    public static Facilitator fromKey(String key) {
        for (Facilitator f : values()) if (f.key.equals(key)) return f;
        throw new IllegalArgumentException("unknown facilitator " + key);
    }
}
