package org.rlcsim.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Command-line overrides, {@code key=value}, laid over a scenario in the order given. The
 * value is a YAML flow value ({@code 0.3}, {@code off}, {@code [mon, thu]}); the key is a
 * dotted path, a section, {@code rlc.schedule}, {@code rlc.schedule[i]} or
 * {@code rlc.schedule[i].field}.
 */
final class Overrides {

    private static final Pattern SCHEDULE_ENTRY =
            Pattern.compile(Pattern.quote(ScenarioSchema.SCHEDULE) + "\\[([^\\]]*)\\](.*)");

    private Overrides() {}

    /**
     * @param defaultsAt where the default timetable counts as written, if an override edits it
     */
    static void apply(List<String> overrides, RawScenario raw, Origin defaultsAt) throws ScenarioException {
        for (String override : overrides) apply(override, raw, defaultsAt);
    }

    private static void apply(String override, RawScenario raw, Origin defaultsAt) throws ScenarioException {
        Origin set = Origin.override();
        int eq = override.indexOf('=');
        if (eq < 0) {
            throw set.error(override.strip(), "expected key=value, e.g. population.participants=5000");
        }
        String key = override.substring(0, eq).strip();
        if (key.isEmpty()) {
            throw set.error(null, NodeText.quote(override) + " has no key; expected key=value, e.g. population.participants=5000");
        }
        Node value = YamlSource.value(override.substring(eq + 1), key);
        Matcher entry = SCHEDULE_ENTRY.matcher(key);
        if (entry.matches()) {
            applyToActivity(key, entry.group(1).strip(), entry.group(2), value, raw.scheduleForEditing(defaultsAt));
        } else {
            RawScenario one = new RawScenario();
            new TreeWalker(one).walkValue(key, value, set);
            raw.overrideWith(one);
        }
    }

    private static void applyToActivity(String key, String indexText, String rest, Node value,
                                        List<RawActivity> schedule) throws ScenarioException {
        Origin set = Origin.override();
        if (!indexText.matches("\\d{1,9}") || !(rest.isEmpty() || rest.startsWith("."))) {
            throw set.error(key, "expected an activity number and optional field, e.g. rlc.schedule[0].capacity");
        }
        int index = Integer.parseInt(indexText);
        String entry = ScenarioSchema.SCHEDULE + "[" + index + "]";
        if (index >= schedule.size()) {
            String has = schedule.isEmpty() ? "the schedule is empty"
                    : "the schedule has " + schedule.size() + (schedule.size() == 1 ? " activity" : " activities")
                      + ", " + ScenarioSchema.SCHEDULE + "[0] to [" + (schedule.size() - 1) + "]";
            throw set.error(entry, "no such activity; " + has);
        }
        if (rest.isEmpty()) {
            schedule.set(index, new TreeWalker(new RawScenario()).activity(index, value, set));
            return;
        }
        String field = rest.substring(1);
        if (!ActivityFields.ALL.contains(field)) {
            throw set.error(entry + "." + field,
                    "unknown key" + DidYouMean.hint(DidYouMean.closest(field, ActivityFields.ALL)));
        }
        schedule.get(index).fields().put(field, new RawValue(value, set));
    }
}
