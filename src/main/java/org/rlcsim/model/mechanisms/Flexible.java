package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Effects.FlexibleEffects;

/**
 * Theme 2, flexible: "participation is completely voluntary and participants can choose whatever
 * meetings and activities they wish". With choice, people come to the activities that appeal to
 * them, so visits satisfy more; without it they follow a set programme whatever suits them.
 * A flexible RLC also takes back those who drifted away.
 */
public final class Flexible {
    /** Mean appeal of an activity: interests are drawn uniformly on 0 to 1. */
    private static final double MEAN_INTEREST = 0.5;
    private final RlcModel model;
    private final FlexibleEffects fx;

    public Flexible(RlcModel model) {
        this.model = model;
        this.fx = model.params().effects().flexible();
    }

    private double level() {
        return model.isOn(Theme.FLEXIBLE) ? model.getFlexibility() : 0.0;
    }

    /** How strongly the person is drawn to activity {@code a} on a day it runs. */
    public double pull(Person p, int a) {
        double choice = fx.choice() * level();
        return (1.0 - choice) * MEAN_INTEREST + choice * p.interest(a);
    }

    /** How well a visit to activity {@code a} suited the person. */
    public double satisfaction(Person p, int a) {
        return p.interest(a);
    }

    /** The largest {@link #welcomeBack()} can be, at full flexibility. */
    public double welcomeBackMost() {
        return fx.welcomeBack();
    }

    /** Multiplier of the daily chance that someone who drifted away comes back. */
    public double welcomeBack() {
        return fx.welcomeBack() * level();
    }
}
