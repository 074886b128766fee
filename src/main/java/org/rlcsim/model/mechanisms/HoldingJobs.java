package org.rlcsim.model.mechanisms;

import org.rlcsim.model.Person;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.Theme;
import org.rlcsim.model.params.Effects.JobsEffects;
import org.rlcsim.model.params.LabourRules;

/**
 * Theme 12, holding jobs and other positions of responsibility: "participants develop new skills,
 * gain the confidence to seek employment, and become more resilient, allowing for longer periods
 * of employment". Everybody faces the same labour market; people differ from the start in how
 * employable they are. This mechanism adds what changes: confidence gained since the start
 * (identity, self-esteem, responsibility) and skills raise the chance of finding a job; coping
 * gained lowers the chance of losing it; a job is a daily experience of responsibility.
 */
public final class HoldingJobs {
    private final RlcModel model;
    private final JobsEffects fx;
    private final LabourRules labour;
    private final double findBound;
    private final double lossBound;

    public HoldingJobs(RlcModel model) {
        this.model = model;
        this.fx = model.params().effects().jobs();
        this.labour = model.params().labour();
        // confidence gained and skills lie in 0 to 1, coping lost in 0 to 1
        this.findBound = Math.min(1.0, labour.findRate() * Math.exp(labour.confidenceWeight() * 0.5 + fx.confidence() + fx.skills()));
        this.lossBound = Math.min(1.0, labour.lossRate() * Math.exp(fx.resilience()));
    }

    private boolean on() {
        return model.isOn(Theme.JOBS);
    }

    /** The chance that an unemployed person finds a job on {@code day}. */
    public double findChance(Person p, int day) {
        double startConfidence = (p.identityStart + p.selfEsteemStart + p.responsibilityStart) / 3.0;
        double logOdds = labour.confidenceWeight() * (startConfidence - 0.5);
        if (on()) {
            double gained = ((model.identityTransformation.of(p, day) - p.identityStart)
                    + (model.selfEsteem.of(p, day) - p.selfEsteemStart)
                    + (model.responsibility.of(p, day) - p.responsibilityStart)) / 3.0;
            logOdds += fx.confidence() * gained + fx.skills() * p.skills;
        }
        return labour.findRate() * Math.exp(logOdds);
    }

    /** A value no person's {@link #findChance} exceeds, switched on or off. */
    public double findChanceBound() {
        return findBound;
    }

    /** A value no person's {@link #lossChance} exceeds, switched on or off. */
    public double lossChanceBound() {
        return lossBound;
    }

    /** The chance that a job ends on {@code day}. */
    public double lossChance(Person p, int day) {
        double logHazard = on() ? -fx.resilience() * (model.coping.of(p, day) - p.copingStart) : 0.0;
        return labour.lossRate() * Math.exp(logHazard);
    }

    /** A day at work. */
    public void work(Person p) {
        if (on()) p.today.role += fx.role();
    }
}
