package org.rlcsim.experiment;

import org.rlcsim.model.RlcModel;
import org.rlcsim.model.params.ModelParameters;
import org.rlcsim.observe.Observation;

/** Runs one model from its parameters to the end, observed: burn-in, then the observed days. */
public final class SingleRun {
    private SingleRun() {}

    public static RlcModel run(ModelParameters params, Observation observation) {
        return run(params, observation, 1);
    }

    /** As {@link #run(ModelParameters, Observation)}, with {@code threads} threads; the result is the same. */
    public static RlcModel run(ModelParameters params, Observation observation, int threads) {
        RlcModel model = new RlcModel(params, threads);
        model.start();
        for (int d = 0; d < params.burnInDays(); d++) model.schedule.step(model);
        observation.begin(model);
        for (int d = 0; d < params.days(); d++) {
            model.schedule.step(model);
            observation.afterDay(d == params.days() - 1);
        }
        model.finish();
        return model;
    }
}
