package org.rlcsim.model;

/** The opportunities an activity can offer (the study's "Opportunities" category). */
public enum Opportunity {
    LEADERSHIP("leadership"),
    MEETING_PEERS("meeting_peers"),
    TRAININGS("trainings");

    private final String key;

    Opportunity(String key) { this.key = key; }

    public String key() { return key; }

    public static Opportunity fromKey(String key) {
        for (Opportunity o : values()) if (o.key.equals(key)) return o;
        throw new IllegalArgumentException("unknown opportunity " + key);
    }
}
