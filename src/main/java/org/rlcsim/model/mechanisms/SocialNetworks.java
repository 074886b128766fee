package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.CommunityRules;
import org.rlcsim.model.params.Effects.SocialNetworksEffects;

/**
 * Theme 11, enhanced social networks and activities: "participants often make numerous friends
 * through RLC activities or other outside social events. As a participant's social skills
 * increase and their social anxiety lessens, they begin to build relationships outside of the
 * RLC community". Social practice in the RLC, made easier by self-esteem, eases social anxiety;
 * friends made in the RLC also meet outside it. Sociability, which sets how often anyone gets to
 * know new people in the community, rises as anxiety falls and identity grows.
 */
public final class SocialNetworks {
    private final RlcModel model;
    private final SocialNetworksEffects fx;
    private final CommunityRules community;
    private final Relapse relapse;

    public SocialNetworks(RlcModel model) {
        this.model = model;
        this.fx = model.params().effects().socialNetworks();
        this.community = model.params().community();
        this.relapse = new Relapse(fx.relapse());
    }

    private boolean on() {
        return model.isOn(Theme.SOCIAL_NETWORKS);
    }

    /**
     * Social anxiety as it stands during {@code day}: as the end of the day before left it, days
     * without practice worked out since the last day that changed it.
     */
    public double anxietyOf(Person p, int day) {
        return on() ? relapse.after(p.socialAnxiety, p.socialAnxietyStart, day - 1 - p.statesDay()) : p.socialAnxiety;
    }

    /** Stores {@link #anxietyOf} for {@code day}, before the day's change (the caller records the day). */
    public void settle(Person p, int day) {
        p.socialAnxiety = anxietyOf(p, day);
    }

    /**
     * The end of a day with experience: social anxiety brought up to the morning ({@link #settle})
     * and self-esteem already changed by the day.
     */
    public void endOfDay(Person p) {
        if (!on()) return;
        double practice = Math.min(3.0, p.today.practice) * (0.5 + p.selfEsteem);
        double anxiety = p.socialAnxiety - fx.practice() * practice * p.socialAnxiety
                - fx.relapse() * (p.socialAnxiety - p.socialAnxietyStart);
        p.socialAnxiety = Math.max(0.0, Math.min(1.0, anxiety));
    }

    /** Contacts a day, at affinity 1, with RLC peers outside the RLC's sessions. */
    public double peerContactOutside() {
        return on() ? fx.peerOutsideRate() : 0.0;
    }

    /** How readily a person gets to know new people outside the RLC during {@code day} (1 for a typical person). */
    public double sociability(Person p, int day) {
        if (p.inHospital()) return 0.0;
        double ease = 1.0 - community.anxietyWeight() * anxietyOf(p, day);
        double identity = model.identityTransformation.of(p, day);
        double confidence = 1.0 - community.identityWeight() + 2.0 * community.identityWeight() * identity;
        return Math.max(0.0, ease * confidence);
    }
}
