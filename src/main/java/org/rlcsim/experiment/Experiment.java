package org.rlcsim.experiment;

import java.util.List;
import org.rlcsim.model.params.ModelParameters;
import org.rlcsim.scenario.ResolvedScenario;

/**
 * What a batch runs, resolved and checked: the design points, each a scenario ready to run, and
 * the replications of each. Run {@code r} is replication {@code r % replications} of point
 * {@code r / replications}, so all runs of a point are consecutive; its seed comes from
 * {@link RunSeeds}.
 *
 * @param title        names the experiment in reports: the file's name without extension
 * @param file         the experiment (or scenario) file as the user named it
 * @param scenarioFile the base scenario file as found
 * @param design       {@code replications} (one point), {@code factorial} or {@code latin_hypercube}
 * @param samples      points drawn for a Latin hypercube, else null
 * @param seed         the experiment seed every run's seed derives from
 * @param replications runs of each point
 * @param varied       the varied keys, in the order written
 * @param points       the design points, in run order
 * @param parameters   each point's model parameters (seeds are set per run)
 * @param base         the base scenario with the fixed values, before any varied value
 */
public record Experiment(String title, String file, String scenarioFile, String design, Integer samples, long seed,
                         int replications, List<String> varied, List<DesignPoint> points,
                         List<ModelParameters> parameters, ResolvedScenario base) {

    public Experiment {
        varied = List.copyOf(varied);
        points = List.copyOf(points);
        parameters = List.copyOf(parameters);
    }

    /** Replications of a scenario file, rather than an experiment file. */
    public boolean repeatsScenario() {
        return file.equals(scenarioFile);
    }

    public int runs() {
        return points.size() * replications;
    }

    public int pointOf(int run) {
        return run / replications;
    }

    public int replicationOf(int run) {
        return run % replications;
    }

    public long seedOf(int run) {
        return RunSeeds.of(seed, run);
    }

    /** The parameters of one run: its point's, with its own seed. */
    public ModelParameters parametersOf(int run) {
        return parameters.get(pointOf(run)).withSeed(seedOf(run));
    }
}
