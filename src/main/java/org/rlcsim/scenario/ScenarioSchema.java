package org.rlcsim.scenario;

import static org.rlcsim.scenario.Key.Kind.BOOLEAN;
import static org.rlcsim.scenario.Key.Kind.DOUBLE;
import static org.rlcsim.scenario.Key.Kind.INT;
import static org.rlcsim.scenario.Key.Kind.LONG;
import static org.rlcsim.scenario.Key.Kind.SWITCH;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlcsim.model.Theme;

/**
 * Every scalar key a scenario may set, with its default, range and meaning: the single
 * source of the defaults. docs/ODD.md explains how each default was set.
 */
public final class ScenarioSchema {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final List<Key> KEYS = new ArrayList<>();

    static {
        key("seed", LONG, 1L, 0, Long.MAX_VALUE, "random seed; equal seeds give identical runs");
        key("days", INT, 1095, 1, 36_500, "days simulated after the burn-in (one step = one day)");
        key("burn_in_days", INT, 365, 0, 3_650, "days simulated before observation starts, so networks and RLC membership settle");

        key("population.participants", INT, 1000, 1, 5_000_000, "people with SMI in the RLC's catchment area");
        key("population.family_mean", DOUBLE, 6.5, 0, 50, "relatives a participant could be in touch with (mean)");
        key("population.family_estranged_share", DOUBLE, 0.25, 0, 1, "share of those relatives out of touch at the start");
        key("population.community_per_participant", DOUBLE, 10.0, 0.1, 1000, "community members (not consumers) per participant");
        key("population.circle_size", INT, 12, 2, 1000, "people in a community member's own circle");

        state("isolation", 0.40, 0.2, "loneliness, 0 connected to 1 isolated (UCLA-3 rescaled)");
        state("self_esteem", 0.45, 0.15, "self-esteem, 0 to 1 (Rosenberg 10-40 rescaled)");
        state("identity", 0.35, 0.15, "identity, 0 'mental patient' to 1 capable person");
        state("responsibility", 0.40, 0.15, "sense of responsibility, 0 to 1");
        state("coping", 0.45, 0.15, "coping skills, 0 to 1 (Brief COPE adaptive rescaled)");
        state("social_anxiety", 0.50, 0.20, "social anxiety, 0 at ease to 1 avoids people");
        key("initial.employed_share", DOUBLE, 0.145, 0, 1, "share in competitive employment at the start");

        key("ties.threshold", DOUBLE, 0.05, 0.001, 0.5, "strength below which a tie has ended (0 to 1)");
        key("ties.friend_threshold", DOUBLE, 0.5, 0.01, 1, "strength from which a non-family tie is a friend");
        key("ties.new_strength", DOUBLE, 0.2, 0.01, 1, "strength of a new tie");
        key("ties.affinity_sd", DOUBLE, 0.8, 0, 3, "spread (log-normal sigma) of how much two people click");
        key("ties.withdrawal", DOUBLE, 0.6, 0, 1, "share of contacts a fully lonely person withdraws from");
        key("ties.saturation_ties", DOUBLE, 8.0, 1, 1000, "non-family ties at which new ties form half as often");
        key("ties.saturation_steepness", DOUBLE, 0.5, 0, 10, "how sharply tie formation saturates, per tie");
        tieKind("family", 0.06, 0.25, 0.006, 0.0001, "family");
        tieKind("rlc_peer", 0.0, 0.25, 0.012, 0.0005, "RLC peer (in sessions; outside contact is effects.social_networks)");
        tieKind("rlc_staff", 0.0, 0.20, 0.012, 0.0005, "RLC staff (contact in sessions)");
        tieKind("outside", 0.04, 0.30, 0.006, 0.0005, "outside friend or community member");
        tieKind("coworker", 0.40, 0.15, 0.015, 0.0005, "coworker (while the person is employed)");
        key("ties.contact_capacity", DOUBLE, 1.0, 0.001, 100, "contacts a day with non-family ties at which each gets half its own rate (limited time)");
        key("ties.coworker.after_job_rate", DOUBLE, 0.02, 0, 10, "contacts a day with coworkers while the person has no job, at affinity 1");

        key("population.initial_acquaintances", DOUBLE, 7.5, 0, 100, "community acquaintances a participant starts with (mean), at settled strengths");
        key("community.meet_rate", DOUBLE, 0.012, 0, 1, "chance a day of getting to know a community member, at full sociability");
        key("community.introduction_prob", DOUBLE, 0.05, 0, 1, "chance a contact with a friend brings an introduction");
        key("community.anxiety_weight", DOUBLE, 0.8, 0, 1, "how much social anxiety lowers sociability");
        key("community.identity_weight", DOUBLE, 0.5, 0, 1, "how much a capable-person identity raises sociability");

        key("family.reconnect_rate", DOUBLE, 0.0012, 0, 1, "chance a day per estranged relative of reconnecting, at responsibility 1");

        key("loneliness.rise", DOUBLE, 0.022, 0, 1, "daily rise of isolation towards 1 on a day without contact");
        key("loneliness.relief", DOUBLE, 0.08, 0, 1, "daily fall of isolation towards 0 per unit of contact");
        key("loneliness.lonely_threshold", DOUBLE, 0.5, 0, 1, "isolation from which a person counts as lonely");
        key("loneliness.family_weight", DOUBLE, 0.6, 0, 1, "weight of a family contact against a friend's");
        key("loneliness.acquaintance_weight", DOUBLE, 0.3, 0, 1, "weight of a contact with a tie that is not a friend");

        key("labour.find_rate", DOUBLE, 0.0005, 0, 1, "chance a day of finding a job, unemployed, average employability");
        key("labour.loss_rate", DOUBLE, 0.0025, 0, 1, "chance a day that a job ends, average resilience");
        key("labour.confidence_weight", DOUBLE, 2.0, 0, 20, "log of the job-finding rate per unit of starting confidence above 0.5");
        key("labour.coworkers_mean", DOUBLE, 3.0, 0, 100, "coworkers one gets to know in a new job (mean)");

        key("hospital.crisis_rate", DOUBLE, 0.01, 0, 1, "crises (emergency visits) a day at average state");
        key("hospital.frailty_sd", DOUBLE, 0.8, 0, 3, "spread (log-normal sigma) of lasting personal crisis risk");
        key("hospital.coping_weight", DOUBLE, 2.0, 0, 20, "log-hazard per unit of coping below 0.5");
        key("hospital.isolation_weight", DOUBLE, 1.0, 0, 20, "log-hazard per unit of isolation above 0.5");
        key("hospital.support_weight", DOUBLE, 0.6, 0, 20, "log-hazard reduction at full support from ties");
        key("hospital.support_ties", DOUBLE, 12.0, 1, 1000, "ties that give full support");
        key("hospital.admit_prob", DOUBLE, 0.08, 0, 1, "share of crises that end in an admission");
        key("hospital.stay_median_days", DOUBLE, 9.0, 1, 365, "median length of stay, days");
        key("hospital.stay_spread", DOUBLE, 0.6, 0, 3, "log-normal sigma of length of stay");
        key("hospital.post_discharge_risk", DOUBLE, 9.0, 0, 1000, "extra relative crisis risk right after discharge");
        key("hospital.post_discharge_days", DOUBLE, 30.0, 1, 3650, "days over which that extra risk falls by a factor e");
        key("hospital.identity_loss", DOUBLE, 0.1, 0, 1, "share of identity lost on admission");

        key("rlc.enabled", BOOLEAN, true, 0, 0, "whether the community has an RLC");
        key("rlc.staff", INT, 5, 0, 10_000, "paid peer staff with lived experience");
        key("rlc.closing_day", INT, 0, 0, 36_500, "observed day on which the RLC closes for good: members stop coming, leaders stand down; 0 = it stays open");
        key("rlc.atmosphere.judgment_free", DOUBLE, 0.8, 0, 1, "people seen as people first, not cases (0 to 1)");
        key("rlc.atmosphere.flexibility", DOUBLE, 0.8, 0, 1, "free choice of what to attend and when (0 to 1)");
        key("rlc.atmosphere.openness", DOUBLE, 0.8, 0, 1, "sharing concerns, support and coping strategies (0 to 1)");
        key("rlc.opportunities.leadership", DOUBLE, 0.5, 0, 1, "chances to facilitate groups and organise (0 to 1)");
        key("rlc.opportunities.meeting_peers", DOUBLE, 0.7, 0, 1, "structured chances to meet peers and community (0 to 1)");
        key("rlc.opportunities.trainings", DOUBLE, 0.6, 0, 1, "depth of trainings and workshops (0 to 1)");
        key("rlc.attendance.outreach_rate", DOUBLE, 0.0002, 0, 1, "chance a day of hearing of the RLC from outreach or clinicians");
        key("rlc.attendance.word_of_mouth", DOUBLE, 0.001, 0, 1, "chance a contact with someone who attends makes one aware of the RLC");
        key("rlc.attendance.try_rate", DOUBLE, 0.01, 0, 1, "chance a day that an aware person first comes, at need 1 (need = (0.5 + isolation) * (1 - anxiety / 2))");
        key("rlc.attendance.initial_belonging", DOUBLE, 0.35, 0, 1, "sense of community after the first visit (0 to 1)");
        key("rlc.attendance.belonging_decay", DOUBLE, 0.008, 0, 1, "daily fading of sense of community");
        key("rlc.attendance.visit_belonging", DOUBLE, 0.1, 0, 1, "gain in sense of community from a satisfying visit");
        key("rlc.attendance.attend_prob", DOUBLE, 1.0, 0, 1, "chance of coming to a suitable activity at full belonging");
        key("rlc.attendance.leave_threshold", DOUBLE, 0.1, 0, 1, "sense of community below which a person drifts away");
        key("rlc.attendance.return_rate", DOUBLE, 0.004, 0, 1, "chance a day of coming back after drifting away, full flexibility");
        key("rlc.attendance.exit_rate", DOUBLE, 0.0006, 0, 1, "chance a day of leaving for good (moving, other services)");
        key("rlc.attendance.mingling_encounters", DOUBLE, 0.5, 0, 100, "people talked to per session without introductions");
        key("rlc.attendance.tie_formation", DOUBLE, 0.08, 0, 1, "chance an encounter starts a tie, neutral atmosphere");
        key("rlc.attendance.group_size_reference", DOUBLE, 10.0, 1, 1000, "group size at which a group still feels small");
        key("rlc.attendance.staff_tie_prob", DOUBLE, 0.05, 0, 1, "chance a session starts a tie with its staff facilitator");
        key("rlc.attendance.session_contact", DOUBLE, 0.5, 0, 10, "social contact a session gives, besides the ties met there (a friend's contact = 1)");
        key("rlc.attendance.turned_away_belonging", DOUBLE, 0.05, 0, 1, "loss of sense of community when turned away");

        for (Theme t : Theme.values()) {
            key("mechanisms." + t.key(), SWITCH, true, 0, 0, t.description());
        }

        key("effects.judgment_free.acceptance", DOUBLE, 1.0, 0, 10, "experience of acceptance per visit at level 1");
        key("effects.judgment_free.anxiety_relief", DOUBLE, 0.6, 0, 1, "share of social anxiety not felt in sessions at level 1");
        key("effects.judgment_free.belonging", DOUBLE, 0.6, 0, 10, "weight of acceptance in a visit's satisfaction");
        key("effects.flexible.choice", DOUBLE, 1.0, 0, 1, "how far people pick activities that suit them at level 1");
        key("effects.flexible.welcome_back", DOUBLE, 1.0, 0, 10, "multiplier of the return rate at level 1");
        key("effects.relaxed_open.tie_formation", DOUBLE, 1.5, 0, 10, "extra chance of a tie per encounter at level 1 (relative)");
        key("effects.relaxed_open.tie_deepening", DOUBLE, 0.5, 0, 10, "extra strength gain of RLC ties per session at level 1");
        key("effects.relaxed_open.support", DOUBLE, 1.0, 0, 10, "experience of support per visit at level 1");
        key("effects.leadership.leaders_per_activity", DOUBLE, 4.0, 0, 100, "leader roles per activity offering leadership, level 1");
        key("effects.leadership.min_tenure_days", INT, 90, 0, 3650, "days since first visit before being asked to lead");
        key("effects.leadership.min_belonging", DOUBLE, 0.5, 0, 1, "sense of community needed to be asked to lead");
        key("effects.leadership.term_days", DOUBLE, 240.0, 1, 36500, "mean days a leader role is kept");
        key("effects.leadership.role", DOUBLE, 1.5, 0, 10, "experience of responsibility per facilitated session");
        key("effects.meeting_peers.encounters", DOUBLE, 2.0, 0, 100, "extra people met per session at level 1");
        key("effects.meeting_peers.community_meet", DOUBLE, 0.15, 0, 1, "chance per session in the community of meeting a community member, level 1");
        key("effects.meeting_peers.hope", DOUBLE, 0.6, 0, 10, "hope from meeting peers further along in recovery");
        key("effects.trainings.skill_gain", DOUBLE, 0.05, 0, 1, "skill gained per training session at level 1 (share of gap)");
        key("effects.trainings.mastery", DOUBLE, 1.0, 0, 10, "experience of mastery per training session at level 1");
        stateChange("identity_transformation", 0.006, 0.002, "identity");
        stateChange("self_esteem", 0.006, 0.002, "self-esteem");
        stateChange("responsibility", 0.006, 0.002, "responsibility");
        stateChange("coping", 0.004, 0.002, "coping");
        key("effects.social_networks.practice", DOUBLE, 0.01, 0, 1, "fall of social anxiety per unit of practice in the RLC");
        key("effects.social_networks.relapse", DOUBLE, 0.002, 0, 1, "daily return of social anxiety towards its start");
        key("effects.social_networks.peer_outside_rate", DOUBLE, 0.04, 0, 10, "contacts a day with an RLC peer outside the RLC");
        key("effects.jobs.confidence", DOUBLE, 2.0, 0, 20, "log of the job-finding rate per unit of confidence gained");
        key("effects.jobs.skills", DOUBLE, 1.0, 0, 20, "log of the job-finding rate per unit of skill from trainings");
        key("effects.jobs.resilience", DOUBLE, 3.0, 0, 20, "log of the job-loss rate, fall per unit of coping gained");
        key("effects.jobs.role", DOUBLE, 0.15, 0, 10, "experience of responsibility per day at work");
    }

    private ScenarioSchema() {}

    private static void key(String path, Key.Kind kind, Object def, double min, double max, String doc) {
        KEYS.add(new Key(path, kind, def, min, max, doc));
    }

    private static void state(String name, double mean, double sd, String doc) {
        key("initial." + name + ".mean", DOUBLE, mean, 0.001, 0.999, doc + ": population mean at the start");
        key("initial." + name + ".sd", DOUBLE, sd, 0, 0.5, doc + ": spread at the start");
    }

    private static void tieKind(String name, double rate, double gain, double decay, double end, String what) {
        key("ties." + name + ".contact_rate", DOUBLE, rate, 0, 10, "contacts a day at affinity 1: " + what);
        key("ties." + name + ".gain", DOUBLE, gain, 0, 1, "share of the gap to full strength a contact closes: " + what);
        key("ties." + name + ".decay", DOUBLE, decay, 0, 1, "daily exponential fading without contact: " + what);
        key("ties." + name + ".end_rate", DOUBLE, end, 0, 1, "chance a day the tie ends for other reasons (moving, falling out): " + what);
    }

    private static void stateChange(String theme, double rate, double relapse, String state) {
        key("effects." + theme + ".rate", DOUBLE, rate, 0, 1, state + " gained per unit of experience (share of gap)");
        key("effects." + theme + ".relapse", DOUBLE, relapse, 0, 1, "daily return of " + state + " towards its start");
    }

    /** All scalar keys, in the order scenario files list them. */
    public static List<Key> keys() {
        return Collections.unmodifiableList(KEYS);
    }

    /** Scalar keys by dotted path. */
    public static Map<String, Key> byPath() {
        Map<String, Key> m = new LinkedHashMap<>();
        for (Key k : KEYS) m.put(k.path(), k);
        return m;
    }

    /** The dotted path of the timetable, a list of activities. */
    public static final String SCHEDULE = "rlc.schedule";
}
