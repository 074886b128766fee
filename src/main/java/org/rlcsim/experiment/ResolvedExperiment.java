package org.rlcsim.experiment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlcsim.report.Manifest;
import org.rlcsim.scenario.ScenarioYaml;
import org.rlcsim.results.DesignPoint;
import org.rlcsim.results.ComparedScenario;

/**
 * The experiment as resolved: design, every point's values, replications, how seeds are made,
 * and every value of the base scenario. Nothing in it depends on the machine, the time or the
 * number of threads, so its text identifies the experiment: {@code --resume} compares it with
 * the one a batch started with, and experiment.yaml and manifest.json hold it.
 */
public final class ResolvedExperiment {
    public static final String SEEDS = "run = point * replications + replication; "
            + "seed of a run = mix31((seed + run) mod 2^31), a bijection of 31-bit numbers (docs/outputs.md)";
    public static final String COMMON_SEEDS = "common random numbers: replication k of a and of b both get seed "
            + "mix31((seed + k) mod 2^31), the seed of replication k of rlcsim batch a (docs/outputs.md)";

    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .build())
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ResolvedExperiment() {}

    /** As nested maps in a fixed order, numbers as written in a scenario file (0.0002, not 2.0E-4). */
    public static Map<String, Object> tree(Experiment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e.title());
        if (!e.compares()) {
            m.put("file", e.file());
            m.put("scenario_file", e.scenarioFile());
        }
        m.put("version", Manifest.programVersion());
        m.put("model_build", ModelBuild.fingerprint());
        m.put("design", e.design());
        if (e.samples() != null) m.put("samples", e.samples());
        m.put("seed", e.seed());
        m.put("replications", e.replications());
        m.put("runs", e.runs());
        m.put("seeds", e.compares() ? COMMON_SEEDS : SEEDS);
        m.put("varied", e.varied());
        List<Object> points = new ArrayList<>();
        for (DesignPoint p : e.points()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("point", p.id());
            point.putAll(p.values());
            points.add(point);
        }
        m.put("points", points);
        if (e.compares()) m.put("scenarios", compared(e));
        else m.put("scenario", ScenarioYaml.toJsonTree(e.base()));
        return plain(m);
    }

    /** Each scenario of a comparison by its point's name (a, b): its file, what it is, every value. */
    private static Map<String, Object> compared(Experiment e) {
        Map<String, Object> scenarios = new LinkedHashMap<>();
        for (DesignPoint p : e.points()) {
            ComparedScenario c = e.compared().get(p.id());
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("file", c.file());
            one.put("description", c.description());
            one.put("scenario", ScenarioYaml.toJsonTree(c.scenario()));
            scenarios.put(String.valueOf(p.values().get(Experiments.SCENARIO)), one);
        }
        return scenarios;
    }

    public static String yaml(Experiment e) {
        String heading = e.compares()
                ? "# The comparison as resolved by rlcsim compare: how seeds are made and every value of both scenarios.\n"
                : "# The experiment as resolved by rlcsim batch: every point and every value of the base scenario.\n";
        try {
            return heading + YAML.writeValueAsString(tree(e));
        } catch (JsonProcessingException x) {
            throw new UncheckedIOException(x);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T plain(T value) {
        if (value instanceof Double d) return (T) (Double.isFinite(d) ? BigDecimal.valueOf(d) : (Object) d);
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, plain(v)));
            return (T) out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object v : list) out.add(plain(v));
            return (T) out;
        }
        return value;
    }
}
