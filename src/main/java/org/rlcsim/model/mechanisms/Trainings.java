package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Opportunity;
import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Activity;
import org.rlcsim.model.params.Effects.TrainingsEffects;

/**
 * Theme 6, trainings and workshops: "groups, classes and trainings that assist in personal
 * recovery". A session of an activity offering trainings builds skills (wellness plans, work
 * skills) and gives an experience of mastery, which feeds coping, self-esteem and responsibility.
 */
public final class Trainings {
    private final RlcModel model;
    private final TrainingsEffects fx;

    public Trainings(RlcModel model) {
        this.model = model;
        this.fx = model.params().effects().trainings();
    }

    private double level() {
        return model.isOn(Theme.TRAININGS) ? model.getTrainings() : 0.0;
    }

    public void attend(Person p, Activity a) {
        if (!a.offers(Opportunity.TRAININGS)) return;
        double level = level();
        p.skills += fx.skillGain() * level * (1.0 - p.skills);
        p.today.mastery += fx.mastery() * level;
    }
}
