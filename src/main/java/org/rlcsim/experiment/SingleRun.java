package org.rlcsim.experiment;

import org.rlcsim.model.RlcModel;
import org.rlcsim.model.params.ModelParameters;
import org.rlcsim.observe.Observation;

/** Runs one model from its parameters to the end, observed: burn-in, then the observed days. */
public final class SingleRun {
    /**
     * Participants for each thread a run uses by default. A cold run pays for a second thread in
     * the JIT compiler's work, which a run on one thread leaves to the idle core: on 2 cores,
     * whole runs of 1,000 to 3,000 people were 8 to 15% faster on one thread, 5,000 people took
     * the same on one or two, and 10,000 people 20% less on two (docs/ODD.md, 7.13).
     */
    public static final int PEOPLE_PER_THREAD = 2_500;

    private SingleRun() {}

    /** Threads for one run of {@code participants} people when none were asked for: one per {@link #PEOPLE_PER_THREAD}, at least one, at most {@code cores}. */
    public static int threadsFor(int participants, int cores) {
        return Math.max(1, Math.min(cores, participants / PEOPLE_PER_THREAD));
    }

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
