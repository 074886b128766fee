package org.rlcsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlcsim.model.params.Activity;

/**
 * Reads a scenario file, lays {@code --set key=value} overrides over it and checks the
 * result: unknown keys (with a suggestion), types, ranges, the schedule and values that
 * cannot work together. Anything not given takes its default from {@link ScenarioSchema}
 * and {@link DefaultTimetable}. The first problem found is thrown as a
 * {@link ScenarioException} naming file, line and field.
 */
public final class ScenarioReader {

    /** The source named in a scenario made of defaults and overrides only. */
    public static final String DEFAULTS = "defaults";

    private ScenarioReader() {}

    /**
     * @param file      the scenario file; messages name it as given
     * @param overrides {@code key=value} strings, applied in order
     */
    public static ResolvedScenario read(Path file, List<String> overrides) throws ScenarioException {
        return read(ScenarioText.read(file), settings(overrides));
    }

    /**
     * A scenario's text with settings laid over it in order, each checked and reported where it
     * was written (the command line, or a line of an experiment file).
     */
    public static ResolvedScenario read(ScenarioText scenario, List<Setting> settings) throws ScenarioException {
        Origin file = Origin.ofFile(scenario.name());
        RawScenario raw = new RawScenario();
        new TreeWalker(raw).walkRoot(YamlSource.document(scenario.yaml(), file), file);
        return resolve(scenario.name(), raw, settings, file);
    }

    /**
     * A scenario from YAML text already in memory (tests, generated text).
     *
     * @param name      names the text in messages and becomes the scenario's source
     * @param yamlText  the scenario as YAML
     * @param overrides {@code key=value} strings, applied in order
     */
    public static ResolvedScenario read(String name, String yamlText, List<String> overrides)
            throws ScenarioException {
        return read(new ScenarioText(name, yamlText), settings(overrides));
    }

    /** Every parameter at its default, then the overrides; the source is {@value #DEFAULTS}. */
    public static ResolvedScenario defaults(List<String> overrides) throws ScenarioException {
        return resolve(DEFAULTS, new RawScenario(), settings(overrides), Origin.ofFile(DEFAULTS));
    }

    /** Every parameter at its default, and the default timetable. */
    public static ResolvedScenario defaults() {
        try {
            return defaults(List.of());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the schema's defaults do not pass its own checks: " + e.getMessage(), e);
        }
    }

    private static List<Setting> settings(List<String> overrides) throws ScenarioException {
        List<Setting> settings = new ArrayList<>();
        for (String o : overrides) settings.add(Setting.parse(o));
        return settings;
    }

    private static ResolvedScenario resolve(String name, RawScenario raw, List<Setting> settings, Origin file)
            throws ScenarioException {
        Overrides.apply(settings, raw, file.withoutLine());
        Map<String, Key> keys = ScenarioSchema.byPath();
        // Written values first, in the order written, so the first problem reported is the first in the file.
        Map<String, Object> written = new LinkedHashMap<>();
        for (Map.Entry<String, RawValue> e : raw.scalars().entrySet()) {
            written.put(e.getKey(), ScalarValues.parse(keys.get(e.getKey()), e.getValue()));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Key k : ScenarioSchema.keys()) {
            values.put(k.path(), written.containsKey(k.path()) ? written.get(k.path()) : typedDefault(k));
        }
        // The default timetable goes through the same reading, so every schedule holds EnumSets
        // (iteration order fixed, unlike Set.of) and is checked alike.
        List<Activity> schedule = ActivityReader.readAll(raw.scheduleForEditing(file.withoutLine()));
        ConsistencyChecks.check(values, schedule, raw, file);
        return new ResolvedScenario(name, Collections.unmodifiableMap(values), schedule);
    }

    /** The default as the Java type {@link ResolvedScenario} promises, whatever literal the schema used. */
    private static Object typedDefault(Key k) {
        Object v = k.defaultValue();
        return switch (k.kind()) {
            case INT -> ((Number) v).intValue();
            case LONG -> ((Number) v).longValue();
            case DOUBLE -> ((Number) v).doubleValue();
            case SWITCH, BOOLEAN -> (Boolean) v;
        };
    }
}
