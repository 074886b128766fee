package org.rlcsim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rlcsim.experiment.SingleRun;
import org.rlcsim.model.RlcModel;
import org.rlcsim.model.params.ModelParameters;
import org.rlcsim.observe.Group;
import org.rlcsim.observe.Metric;
import org.rlcsim.observe.Observation;
import org.rlcsim.observe.PersonRecord;
import org.rlcsim.scenario.ParametersBuilder;
import org.rlcsim.scenario.ScenarioException;
import org.rlcsim.scenario.ScenarioReader;

/** Runs the model in tests: defaults plus overrides, observed like {@code rlcsim run}. */
public final class Runs {
    private Runs() {}

    /** A finished run: the model and what was observed. */
    public record Result(RlcModel model, Map<Group, Map<Metric, Double>> summary, List<PersonRecord> people) {
        public double get(Group g, Metric m) {
            return summary.get(g).get(m);
        }
    }

    public static ModelParameters params(String... overrides) {
        try {
            return ParametersBuilder.build(ScenarioReader.defaults(Arrays.asList(overrides)));
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static Result run(String... overrides) {
        Observation observation = new Observation(1_000_000, row -> { });
        RlcModel model = SingleRun.run(params(overrides), observation);
        return new Result(model, observation.summary(), observation.people());
    }

    /** The same overrides at several seeds. */
    public static List<Result> seeds(int count, String... overrides) {
        List<Result> out = new ArrayList<>();
        for (int s = 1; s <= count; s++) {
            List<String> all = new ArrayList<>(Arrays.asList(overrides));
            all.add("seed=" + (100 + s));
            out.add(run(all.toArray(String[]::new)));
        }
        return out;
    }

    public static double mean(List<Result> runs, Group g, Metric m) {
        return runs.stream().mapToDouble(r -> r.get(g, m)).average().orElse(Double.NaN);
    }
}
