package org.rlcsim.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlcsim.model.params.ModelParameters;
import org.rlcsim.scenario.ExperimentFile;
import org.rlcsim.scenario.ExperimentReader;
import org.rlcsim.scenario.Key;
import org.rlcsim.scenario.ParametersBuilder;
import org.rlcsim.scenario.ResolvedScenario;
import org.rlcsim.scenario.ScenarioException;
import org.rlcsim.scenario.ScenarioReader;
import org.rlcsim.scenario.ScenarioSchema;
import org.rlcsim.scenario.ScenarioText;
import org.rlcsim.scenario.Setting;
import org.rlcsim.results.DesignPoint;
import org.rlcsim.results.ComparedScenario;

/**
 * Turns an experiment file, or a plain scenario to repeat, into an {@link Experiment}. Every
 * design point is resolved into a scenario and checked here, before any run starts, so a bad
 * value stops the batch at once with the file and line where it was written.
 */
public final class Experiments {
    public static final int DEFAULT_REPLICATIONS = 10;
    public static final String REPLICATIONS_ONLY = "replications";
    public static final String COMPARE = "compare";
    /**
     * Replications of each scenario a comparison runs by default: with 19 degrees of freedom the
     * t quantile (2.09) is within 7% of the normal one, so more replications narrow intervals
     * mainly through the square root of their number; common random numbers keep them narrow.
     */
    public static final int DEFAULT_COMPARE_REPLICATIONS = 20;
    /** The one key a comparison varies: which scenario a run is, {@code a} or {@code b}. */
    public static final String SCENARIO = "scenario";

    private Experiments() {}

    /**
     * @param file         an experiment file or a scenario file
     * @param overrides    {@code --set key=value}, laid over the base scenario after the experiment's own values
     * @param replications {@code --replications}, or null for the file's or the default
     */
    public static Experiment load(Path file, List<String> overrides, Integer replications) throws ScenarioException {
        ScenarioText text = ScenarioText.read(file);
        List<Setting> commandLine = new ArrayList<>();
        for (String o : overrides) commandLine.add(Setting.parse(o));
        String title = ScenarioText.baseName(file);
        if (!ExperimentReader.isExperiment(text)) {
            ResolvedScenario base = ScenarioReader.read(text, commandLine);
            int reps = replications != null ? replications : DEFAULT_REPLICATIONS;
            checkRunCount(text.name(), 1, reps);
            return new Experiment(title, text.name(), text.name(), REPLICATIONS_ONLY, null, base.l("seed"), reps,
                    List.of(), List.of(new DesignPoint(0, Map.of())), List.of(ParametersBuilder.build(base)), base,
                    List.of());
        }
        ExperimentFile spec = ExperimentReader.read(text);
        ScenarioText scenario = ScenarioText.read(spec.scenario());
        List<Setting> fixed = new ArrayList<>(spec.fixed());
        List<String> varied = spec.factors().stream().map(ExperimentFile.Factor::key).toList();
        for (Setting s : commandLine) {
            if (varied.contains(s.key())) {
                throw new ScenarioException(s.file(), 0, s.key(), "varied by " + text.name() + "; --set cannot fix it");
            }
        }
        fixed.addAll(commandLine);
        ResolvedScenario base = ScenarioReader.read(scenario, fixed);
        long seed = base.l("seed");
        int reps = replications != null ? replications
                : spec.replications() != null ? spec.replications() : DEFAULT_REPLICATIONS;
        List<List<Setting>> design = Designs.points(spec, seed);
        checkRunCount(text.name(), design.size(), reps);
        List<DesignPoint> points = new ArrayList<>(design.size());
        List<ModelParameters> parameters = new ArrayList<>(design.size());
        for (List<Setting> settings : design) {
            List<Setting> all = new ArrayList<>(fixed);
            all.addAll(settings);
            ResolvedScenario resolved = ScenarioReader.read(scenario, all);
            points.add(new DesignPoint(points.size(), values(resolved, settings)));
            parameters.add(ParametersBuilder.build(resolved));
        }
        String designName = spec.factors().isEmpty() ? REPLICATIONS_ONLY : spec.design().key();
        return new Experiment(title, text.name(), scenario.name(), designName, spec.samples(), seed, reps, varied, points,
                parameters, base, List.of());
    }

    /**
     * Two scenario files to compare: each resolved with the same {@code --set} values and checked,
     * as two design points ({@code scenario} a and b) whose replication k share a seed. The seed is
     * A's (after {@code --set}), so replication k of A is the same run as in {@code rlcsim batch A}.
     *
     * @throws ScenarioException for a bad or missing file, an experiment file, or scenarios that
     *                           observe different numbers of days
     */
    public static Experiment compare(Path a, Path b, List<String> overrides, int replications)
            throws ScenarioException {
        List<Setting> commandLine = new ArrayList<>();
        for (String o : overrides) commandLine.add(Setting.parse(o));
        List<ComparedScenario> compared = new ArrayList<>();
        for (Path file : List.of(a, b)) {
            ScenarioText text = ScenarioText.read(file);
            if (ExperimentReader.isExperiment(text)) {
                throw new ScenarioException(text.name(), 0, null, "is an experiment file; compare takes two scenario "
                        + "files (run experiments with rlcsim batch)");
            }
            compared.add(new ComparedScenario(text.description(), ScenarioReader.read(text, commandLine)));
        }
        ResolvedScenario first = compared.get(0).scenario(), second = compared.get(1).scenario();
        if (first.i("days") != second.i("days")) {
            throw new ScenarioException(second.source(), 0, "days", second.i("days") + " days observed, but "
                    + first.source() + " observes " + first.i("days") + "; compared scenarios need the same days "
                    + "(set both with --set days=N)");
        }
        checkRunCount(b.toString(), 2, replications);
        String title = ScenarioText.baseName(b) + " vs " + ScenarioText.baseName(a);
        List<DesignPoint> points = List.of(new DesignPoint(0, Map.of(SCENARIO, "a")), new DesignPoint(1, Map.of(SCENARIO, "b")));
        return new Experiment(title, first.source(), first.source(), COMPARE, null, first.l("seed"), replications,
                List.of(SCENARIO), points, List.of(ParametersBuilder.build(first), ParametersBuilder.build(second)),
                first, compared);
    }

    /** A point's value of each varied key as the scenario took it (numbers typed, switches on/off); text for timetable entries. */
    private static Map<String, Object> values(ResolvedScenario resolved, List<Setting> settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Key> keys = ScenarioSchema.byPath();
        for (Setting s : settings) {
            Key k = keys.get(s.key());
            Object v = k == null ? s.text() : resolved.values().get(s.key());
            if (k != null && k.kind() == Key.Kind.SWITCH) v = (Boolean) v ? "on" : "off";
            values.put(s.key(), v);
        }
        return values;
    }

    private static void checkRunCount(String file, int points, int replications) throws ScenarioException {
        if ((long) points * replications > Integer.MAX_VALUE) {
            throw new ScenarioException(file, 0, "replications", points + " points of " + replications
                    + " replications are more runs than a batch can number; use fewer");
        }
    }
}
