package org.rlcsim.experiment;

import java.util.List;
import org.rlcsim.model.params.ModelParameters;
import org.rlcsim.scenario.ResolvedScenario;
import org.rlcsim.results.DesignPoint;
import org.rlcsim.results.ComparedScenario;

/**
 * What a batch runs, resolved and checked: the design points, each a scenario ready to run, and
 * the replications of each. Run {@code r} is replication {@code r % replications} of point
 * {@code r / replications}, so all runs of a point are consecutive; its seed comes from
 * {@link RunSeeds}: from the run number in a batch, from the replication alone in a comparison, so
 * that replication k of each scenario compared uses the same seed (common random numbers).
 *
 * @param title        names the experiment in reports: the file's name without extension (a
 *                     comparison: {@code <B's name> vs <A's name>})
 * @param file         the experiment (or scenario) file as the user named it
 * @param scenarioFile the base scenario file as found
 * @param design       {@code replications} (one point), {@code factorial}, {@code latin_hypercube} or
 *                     {@code compare}
 * @param samples      points drawn for a Latin hypercube, else null
 * @param seed         the experiment seed every run's seed derives from
 * @param replications runs of each point
 * @param varied       the varied keys, in the order written
 * @param points       the design points, in run order
 * @param parameters   each point's model parameters (seeds are set per run)
 * @param base         the base scenario with the fixed values, before any varied value
 * @param compared     for {@code rlcsim compare}: the two scenarios, A then B, each a point of
 *                     its own; empty for a batch
 */
public record Experiment(String title, String file, String scenarioFile, String design, Integer samples, long seed,
                         int replications, List<String> varied, List<DesignPoint> points,
                         List<ModelParameters> parameters, ResolvedScenario base, List<ComparedScenario> compared) {

    public Experiment {
        varied = List.copyOf(varied);
        points = List.copyOf(points);
        parameters = List.copyOf(parameters);
        compared = List.copyOf(compared);
    }

    /** Two scenarios compared with common random numbers, rather than a batch. */
    public boolean compares() {
        return !compared.isEmpty();
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
        return RunSeeds.of(seed, compares() ? replicationOf(run) : run);
    }

    /** The parameters of one run: its point's, with its own seed. */
    public ModelParameters parametersOf(int run) {
        return parameters.get(pointOf(run)).withSeed(seedOf(run));
    }
}
