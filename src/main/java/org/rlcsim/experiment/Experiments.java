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

/**
 * Turns an experiment file, or a plain scenario to repeat, into an {@link Experiment}. Every
 * design point is resolved into a scenario and checked here, before any run starts, so a bad
 * value stops the batch at once with the file and line where it was written.
 */
public final class Experiments {
    public static final int DEFAULT_REPLICATIONS = 10;
    public static final String REPLICATIONS_ONLY = "replications";

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
                    List.of(), List.of(new DesignPoint(0, Map.of())), List.of(ParametersBuilder.build(base)), base);
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
                parameters, base);
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
