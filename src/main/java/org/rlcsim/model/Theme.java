package org.rlcsim.model;

/**
 * The twelve themes of Delman, Biebel &amp; Alikhan (2016), each one mechanism of the model.
 * The key is the name used in scenario files ({@code mechanisms.<key>: on|off}).
 */
public enum Theme {
    JUDGMENT_FREE("judgment_free", "atmosphere", "Judgment-free: staff and peers see people first, not cases"),
    FLEXIBLE("flexible", "atmosphere", "Flexible: voluntary participation, free choice of activities"),
    RELAXED_OPEN("relaxed_open", "atmosphere", "Relaxed/open: sharing concerns, emotional support and coping strategies"),
    LEADERSHIP("leadership", "opportunities", "Leadership: facilitating groups and organising activities"),
    MEETING_PEERS("meeting_peers", "opportunities", "Meeting peers: new people inside the RLC and in the larger community"),
    TRAININGS("trainings", "opportunities", "Trainings and workshops: skills for recovery and work"),
    IDENTITY_TRANSFORMATION("identity_transformation", "intrapersonal", "Positive identity transformation: from 'mental patient' to capable person"),
    SELF_ESTEEM("self_esteem", "intrapersonal", "Increased self-esteem: hope that recovery is possible"),
    RESPONSIBILITY("responsibility", "intrapersonal", "Increased sense of responsibility: pursuing jobs, rebuilding family ties"),
    COPING("coping", "intrapersonal", "Improved coping skills: wellness plans, less hospital and emergency use"),
    SOCIAL_NETWORKS("social_networks", "interpersonal", "Enhanced social networks: less social anxiety, friendships inside and outside"),
    JOBS("jobs", "interpersonal", "Holding jobs and positions of responsibility");

    private final String key;
    private final String category;
    private final String description;

    Theme(String key, String category, String description) {
        this.key = key;
        this.category = category;
        this.description = description;
    }

    public String key() { return key; }
    public String category() { return category; }
    public String description() { return description; }

    public static Theme fromKey(String key) {
        for (Theme t : values()) if (t.key.equals(key)) return t;
        throw new IllegalArgumentException("unknown theme " + key);
    }
}
