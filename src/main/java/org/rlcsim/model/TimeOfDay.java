package org.rlcsim.model;

/**
 * When in the day an activity runs. On weekdays, mornings and afternoons are working hours:
 * people with a job can come only in the evening or at the weekend (see {@link Availability}).
 */
public enum TimeOfDay {
    MORNING("morning"),
    AFTERNOON("afternoon"),
    EVENING("evening");

    public static final TimeOfDay[] ALL = values();
    private final String key;

    TimeOfDay(String key) { this.key = key; }

    public String key() { return key; }

    public static TimeOfDay fromKey(String key) {
        for (TimeOfDay t : ALL) if (t.key.equals(key)) return t;
        throw new IllegalArgumentException("unknown time of day " + key);
    }
}
