package org.rlcsim.observe;

/**
 * Every outcome rlcsim reports, per group. docs/outputs.md gives the same definitions; keep them
 * in step. States are on the model's 0 to 1 scale.
 */
public enum Metric {
    NETWORK_SIZE("network_size", "mean number of people a participant has a live tie with"),
    FAMILY_SHARE("family_share", "mean share of a person's network who are relatives (people with a network)"),
    RLC_PEER_SHARE("rlc_peer_share", "mean share of the network who are RLC peers or RLC staff"),
    OUTSIDE_SHARE("outside_share", "mean share of the network who are outside friends or community members"),
    COWORKER_SHARE("coworker_share", "mean share of the network who are current or former coworkers"),
    FRIENDS("friends", "mean number of friends: non-family, non-staff ties at or above ties.friend_threshold"),
    RLC_TIES("rlc_ties", "mean number of ties with RLC peers and staff"),
    OUTSIDE_TIES("outside_ties", "mean number of ties with outside friends and community members"),
    FAMILY_TIES("family_ties", "mean number of ties with relatives"),
    ISOLATION("isolation", "mean isolation (loneliness), 0 to 1"),
    LONELY_SHARE("lonely_share", "share with isolation at or above loneliness.lonely_threshold (point prevalence)"),
    SELF_ESTEEM("self_esteem", "mean self-esteem, 0 to 1"),
    COPING("coping", "mean coping, 0 to 1"),
    IDENTITY("identity", "mean identity, 0 'mental patient' to 1 capable person"),
    RESPONSIBILITY("responsibility", "mean sense of responsibility, 0 to 1"),
    SOCIAL_ANXIETY("social_anxiety", "mean social anxiety, 0 to 1"),
    EMPLOYED_SHARE("employed_share", "share in competitive employment"),
    ATTENDING_SHARE("attending_share", "share who visited the RLC in the last 30 days"),
    EVER_ATTENDED_SHARE("ever_attended_share", "share who have visited the RLC at least once"),
    VISITS_PER_WEEK("visits_per_week", "among those who attended: mean visits per week between first and last visit (at least one week)"),
    TENURE_DAYS("tenure_days", "among those who attended: mean days from first to last visit"),
    EARLY_LEAVER_SHARE("early_leaver_share", "among those who first came 4+ months before: share who stopped coming within 4 months (120 days)"),
    WHOLE_RUN_SHARE("whole_run_share", "among those who attended: share whose first visit was before day 90 (burn-in included) and who still come (visit in the last 30 days)"),
    LEADERS_SHARE("leaders_share", "share holding a participant leader role"),
    ADMISSIONS_PER_PERSON_YEAR("admissions_per_person_year", "psychiatric admissions since day 0 per person-year"),
    EVER_ADMITTED_SHARE("ever_admitted_share", "share admitted at least once since day 0"),
    READMISSION_30D_RATE("readmission_30d_rate", "share of discharges since day 0 followed by an admission within 30 days (discharges with 30 days of follow-up)"),
    ER_VISITS_PER_PERSON_YEAR("er_visits_per_person_year", "emergency department visits since day 0 per person-year"),
    BED_DAYS_PER_PERSON_YEAR("bed_days_per_person_year", "days in hospital since day 0 per person-year"),
    IN_HOSPITAL_SHARE("in_hospital_share", "share in hospital on the day"),
    PEOPLE("people", "number of participants in the group");

    private final String key;
    private final String definition;

    Metric(String key, String definition) {
        this.key = key;
        this.definition = definition;
    }

    public String key() { return key; }

    public String definition() { return definition; }
}
