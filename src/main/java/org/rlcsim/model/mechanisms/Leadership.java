package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Facilitator;
import org.rlcsim.model.Opportunity;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Activity;
import org.rlcsim.model.params.Effects.LeadershipEffects;

/**
 * Theme 4, leadership: "RLC participants are provided opportunities to facilitate peer groups and
 * trainings and to organize social and advocacy activities". Activities offering leadership take
 * participant co-facilitators; those facilitated by participants need one. Members who have
 * been around long enough and feel they belong are asked; facilitating a session is an
 * experience of responsibility (a role) that feeds identity, self-esteem and responsibility.
 */
public final class Leadership {
    private final RlcModel model;
    private final LeadershipEffects fx;

    public Leadership(RlcModel model) {
        this.model = model;
        this.fx = model.params().effects().leadership();
    }

    private boolean on() {
        return model.isOn(Theme.LEADERSHIP);
    }

    /** Leader roles activity {@code a} offers now. */
    public int roles(Activity a) {
        if (!on()) return 0;
        int roles = a.offers(Opportunity.LEADERSHIP)
                ? (int) Math.round(fx.leadersPerActivity() * model.getLeadership()) : 0;
        return a.facilitator() == Facilitator.PARTICIPANT ? Math.max(1, roles) : roles;
    }

    /** Whether a member can be asked to lead on {@code day}. */
    public boolean canBeAsked(Person p, int day) {
        return on() && p.member() && !p.inHospital() && !p.isLeader()
                && day - p.firstVisitDay() >= fx.minTenureDays() && p.belonging >= fx.minBelonging();
    }

    /** Daily chance a leader hands the role on. */
    public double stepDown(Person p) {
        if (!on() || !p.member() || p.belonging < fx.minBelonging() / 2) return 1.0;
        return 1.0 / fx.termDays();
    }

    /** Facilitating a session. */
    public void facilitate(Person p) {
        p.today.role += fx.role();
    }
}
