package org.rlcsim.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
        String name = file.toString();
        return read(name, readText(file, name), overrides);
    }

    /**
     * A scenario from YAML text already in memory (tests, experiment files).
     *
     * @param name      names the text in messages and becomes the scenario's source
     * @param yamlText  the scenario as YAML
     * @param overrides {@code key=value} strings, applied in order
     */
    public static ResolvedScenario read(String name, String yamlText, List<String> overrides)
            throws ScenarioException {
        Origin file = Origin.ofFile(name);
        RawScenario raw = new RawScenario();
        new TreeWalker(raw).walkRoot(YamlSource.document(yamlText, file), file);
        return resolve(name, raw, overrides, file);
    }

    /** Every parameter at its default, then the overrides; the source is {@value #DEFAULTS}. */
    public static ResolvedScenario defaults(List<String> overrides) throws ScenarioException {
        return resolve(DEFAULTS, new RawScenario(), overrides, Origin.ofFile(DEFAULTS));
    }

    /** Every parameter at its default, and the default timetable. */
    public static ResolvedScenario defaults() {
        try {
            return defaults(List.of());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the schema's defaults do not pass its own checks: " + e.getMessage(), e);
        }
    }

    private static ResolvedScenario resolve(String name, RawScenario raw, List<String> overrides, Origin file)
            throws ScenarioException {
        Overrides.apply(overrides, raw, file.withoutLine());
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

    private static String readText(Path file, String name) throws ScenarioException {
        if (Files.isDirectory(file)) throw new ScenarioException(name, 0, null, "is a folder, not a scenario file");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, 0, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(name, 0, null, "cannot be read (permission denied)");
        } catch (CharacterCodingException e) {
            throw new ScenarioException(name, 0, null, "is not UTF-8 text");
        } catch (IOException e) {
            String reason = e.getMessage() != null ? e.getMessage() : "input/output error";
            throw new ScenarioException(name, 0, null, "cannot be read: " + reason);
        }
    }
}
