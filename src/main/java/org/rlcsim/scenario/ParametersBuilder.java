package org.rlcsim.scenario;

import java.util.EnumSet;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.AttendanceRules;
import org.rlcsim.model.params.Atmosphere;
import org.rlcsim.model.params.CommunityRules;
import org.rlcsim.model.params.Effects;
import org.rlcsim.model.params.FamilyRules;
import org.rlcsim.model.params.HospitalRules;
import org.rlcsim.model.params.InitialStates;
import org.rlcsim.model.params.LabourRules;
import org.rlcsim.model.params.LonelinessRules;
import org.rlcsim.model.params.Mechanisms;
import org.rlcsim.model.params.ModelParameters;
import org.rlcsim.model.params.Opportunities;
import org.rlcsim.model.params.Population;
import org.rlcsim.model.params.RlcParameters;
import org.rlcsim.model.params.StateDistribution;
import org.rlcsim.model.params.TieKind;
import org.rlcsim.model.params.TieRules;

/** Turns a validated scenario into the model's parameter records. */
public final class ParametersBuilder {

    private ParametersBuilder() {}

    public static ModelParameters build(ResolvedScenario s) {
        var population = new Population(s.i("population.participants"), s.d("population.family_mean"),
                s.d("population.family_estranged_share"), s.d("population.community_per_participant"),
                s.i("population.circle_size"), s.d("population.initial_acquaintances"));
        var initial = new InitialStates(state(s, "isolation"), state(s, "self_esteem"), state(s, "identity"),
                state(s, "responsibility"), state(s, "coping"), state(s, "social_anxiety"),
                s.d("initial.employed_share"));
        var ties = new TieRules(s.d("ties.threshold"), s.d("ties.friend_threshold"), s.d("ties.new_strength"),
                s.d("ties.affinity_sd"), s.d("ties.withdrawal"), s.d("ties.saturation_ties"),
                s.d("ties.saturation_steepness"), tieKind(s, "family"), tieKind(s, "rlc_peer"),
                tieKind(s, "rlc_staff"), tieKind(s, "outside"), tieKind(s, "coworker"),
                s.d("ties.coworker.after_job_rate"), s.d("ties.contact_capacity"));
        var community = new CommunityRules(s.d("community.meet_rate"), s.d("community.introduction_prob"),
                s.d("community.anxiety_weight"), s.d("community.identity_weight"));
        var family = new FamilyRules(s.d("family.reconnect_rate"));
        var loneliness = new LonelinessRules(s.d("loneliness.rise"), s.d("loneliness.relief"),
                s.d("loneliness.lonely_threshold"), s.d("loneliness.family_weight"),
                s.d("loneliness.acquaintance_weight"));
        var labour = new LabourRules(s.d("labour.find_rate"), s.d("labour.loss_rate"),
                s.d("labour.confidence_weight"), s.d("labour.coworkers_mean"));
        var hospital = new HospitalRules(s.d("hospital.crisis_rate"), s.d("hospital.frailty_sd"),
                s.d("hospital.coping_weight"), s.d("hospital.isolation_weight"), s.d("hospital.support_weight"),
                s.d("hospital.support_ties"), s.d("hospital.admit_prob"), s.d("hospital.stay_median_days"),
                s.d("hospital.stay_spread"), s.d("hospital.post_discharge_risk"),
                s.d("hospital.post_discharge_days"), s.d("hospital.identity_loss"));
        String a = "rlc.attendance.";
        var attendance = new AttendanceRules(s.d(a + "outreach_rate"), s.d(a + "word_of_mouth"), s.d(a + "try_rate"),
                s.d(a + "initial_belonging"), s.d(a + "belonging_decay"), s.d(a + "visit_belonging"),
                s.d(a + "attend_prob"), s.d(a + "leave_threshold"), s.d(a + "return_rate"), s.d(a + "exit_rate"),
                s.d(a + "mingling_encounters"), s.d(a + "tie_formation"), s.d(a + "group_size_reference"),
                s.d(a + "staff_tie_prob"), s.d(a + "turned_away_belonging"), s.d(a + "session_contact"));
        var rlc = new RlcParameters(s.b("rlc.enabled"), s.i("rlc.staff"),
                new Atmosphere(s.d("rlc.atmosphere.judgment_free"), s.d("rlc.atmosphere.flexibility"),
                        s.d("rlc.atmosphere.openness")),
                new Opportunities(s.d("rlc.opportunities.leadership"), s.d("rlc.opportunities.meeting_peers"),
                        s.d("rlc.opportunities.trainings")),
                attendance, s.schedule(), s.i("rlc.closing_day"));
        EnumSet<Theme> on = EnumSet.noneOf(Theme.class);
        for (Theme t : Theme.values()) if (s.b("mechanisms." + t.key())) on.add(t);
        String e = "effects.";
        var effects = new Effects(
                new Effects.JudgmentFreeEffects(s.d(e + "judgment_free.acceptance"),
                        s.d(e + "judgment_free.anxiety_relief"), s.d(e + "judgment_free.belonging")),
                new Effects.FlexibleEffects(s.d(e + "flexible.choice"), s.d(e + "flexible.welcome_back")),
                new Effects.RelaxedOpenEffects(s.d(e + "relaxed_open.tie_formation"),
                        s.d(e + "relaxed_open.tie_deepening"), s.d(e + "relaxed_open.support")),
                new Effects.LeadershipEffects(s.d(e + "leadership.leaders_per_activity"),
                        s.i(e + "leadership.min_tenure_days"), s.d(e + "leadership.min_belonging"),
                        s.d(e + "leadership.term_days"), s.d(e + "leadership.role")),
                new Effects.MeetingPeersEffects(s.d(e + "meeting_peers.encounters"),
                        s.d(e + "meeting_peers.community_meet"), s.d(e + "meeting_peers.hope")),
                new Effects.TrainingsEffects(s.d(e + "trainings.skill_gain"), s.d(e + "trainings.mastery")),
                change(s, "identity_transformation"), change(s, "self_esteem"), change(s, "responsibility"),
                change(s, "coping"),
                new Effects.SocialNetworksEffects(s.d(e + "social_networks.practice"),
                        s.d(e + "social_networks.relapse"), s.d(e + "social_networks.peer_outside_rate")),
                new Effects.JobsEffects(s.d(e + "jobs.confidence"), s.d(e + "jobs.skills"),
                        s.d(e + "jobs.resilience"), s.d(e + "jobs.role")));
        return new ModelParameters(s.l("seed"), s.i("days"), s.i("burn_in_days"), population, initial, ties,
                community, family, loneliness, labour, hospital, rlc, new Mechanisms(on), effects);
    }

    private static StateDistribution state(ResolvedScenario s, String name) {
        return new StateDistribution(s.d("initial." + name + ".mean"), s.d("initial." + name + ".sd"));
    }

    private static TieKind tieKind(ResolvedScenario s, String name) {
        return new TieKind(s.d("ties." + name + ".contact_rate"), s.d("ties." + name + ".gain"),
                s.d("ties." + name + ".decay"), s.d("ties." + name + ".end_rate"));
    }

    private static Effects.StateChange change(ResolvedScenario s, String theme) {
        return new Effects.StateChange(s.d("effects." + theme + ".rate"), s.d("effects." + theme + ".relapse"));
    }
}
