package org.rlcsim.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings laid over a scenario in the order given: {@code --set key=value} from the command
 * line, and the fixed and varied values of an experiment file. The value is a YAML value
 * ({@code 0.3}, {@code off}, {@code [mon, thu]}); the key is a dotted path, a section,
 * {@code rlc.schedule}, {@code rlc.schedule[i]} or {@code rlc.schedule[i].field}. Problems are
 * reported where the setting was written.
 */
final class Overrides {

    private static final Pattern SCHEDULE_ENTRY =
            Pattern.compile(Pattern.quote(ScenarioSchema.SCHEDULE) + "\\[([^\\]]*)\\](.*)");

    private Overrides() {}

    /**
     * @param defaultsAt where the default timetable counts as written, if an override edits it
     */
    static void apply(List<Setting> settings, RawScenario raw, Origin defaultsAt) throws ScenarioException {
        for (Setting s : settings) apply(s, raw, defaultsAt);
    }

    /** Whether {@code key} names a timetable entry or one of its fields ({@code rlc.schedule[i]...}). */
    static boolean isScheduleEntry(String key) {
        return SCHEDULE_ENTRY.matcher(key).matches();
    }

    private static void apply(Setting setting, RawScenario raw, Origin defaultsAt) throws ScenarioException {
        String key = setting.key();
        Matcher entry = SCHEDULE_ENTRY.matcher(key);
        if (entry.matches()) {
            applyToActivity(setting, entry.group(1).strip(), entry.group(2), raw.scheduleForEditing(defaultsAt));
        } else {
            RawScenario one = new RawScenario();
            new TreeWalker(one).walkValue(key, setting.value(), setting.at());
            raw.overrideWith(one);
        }
    }

    private static void applyToActivity(Setting setting, String indexText, String rest, List<RawActivity> schedule)
            throws ScenarioException {
        String key = setting.key();
        Origin at = setting.at();
        if (!indexText.matches("\\d{1,9}") || !(rest.isEmpty() || rest.startsWith("."))) {
            throw at.error(key, "expected an activity number and optional field, e.g. rlc.schedule[0].capacity");
        }
        int index = Integer.parseInt(indexText);
        String entry = ScenarioSchema.SCHEDULE + "[" + index + "]";
        if (index >= schedule.size()) {
            String has = schedule.isEmpty() ? "the schedule is empty"
                    : "the schedule has " + schedule.size() + (schedule.size() == 1 ? " activity" : " activities")
                      + ", " + ScenarioSchema.SCHEDULE + "[0] to [" + (schedule.size() - 1) + "]";
            throw at.error(entry, "no such activity; " + has);
        }
        if (rest.isEmpty()) {
            schedule.set(index, new TreeWalker(new RawScenario()).activity(index, setting.value(), at));
            return;
        }
        String field = rest.substring(1);
        if (!ActivityFields.ALL.contains(field)) {
            throw at.error(entry + "." + field,
                    "unknown key" + DidYouMean.hint(DidYouMean.closest(field, ActivityFields.ALL)));
        }
        schedule.get(index).fields().put(field, new RawValue(setting.value(), at));
    }
}
