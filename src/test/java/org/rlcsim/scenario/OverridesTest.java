package org.rlcsim.scenario;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rlcsim.scenario.Scenarios.error;
import static org.rlcsim.scenario.Scenarios.read;
import static org.rlcsim.scenario.Scenarios.setError;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rlcsim.model.ActivityType;
import org.rlcsim.model.Facilitator;

/** {@code --set key=value}: laid over the file, checked alike, reported as {@code --set}. */
class OverridesTest {

    private static final String FILE = "seed: 3\npopulation:\n  participants: 500\n";

    @Test
    void overridesLayOverTheFile() throws Exception {
        ResolvedScenario s = read(FILE, "population.participants=10000", "mechanisms.leadership=off",
                "rlc.atmosphere.openness=0.3");
        assertEquals(10000, s.values().get("population.participants"));
        assertEquals(false, s.values().get("mechanisms.leadership"));
        assertEquals(0.3, s.values().get("rlc.atmosphere.openness"));
        assertEquals(3L, s.values().get("seed"), "keys not overridden keep the file's value");
    }

    @Test
    void laterOverridesWin() throws Exception {
        assertEquals(7L, read(FILE, "seed=5", "seed=7").values().get("seed"));
    }

    @Test
    void spacesAroundTheEqualsSignDoNotMatter() throws Exception {
        assertEquals(8L, read(FILE, " seed = 8 ").values().get("seed"));
    }

    @Test
    void anOverrideCanFixTheFile() throws Exception {
        // values are checked after overriding, so a sweep can replace a value the file leaves out of range
        assertEquals(0.5, read("rlc.atmosphere.openness: 7\n", "rlc.atmosphere.openness=0.5")
                .values().get("rlc.atmosphere.openness"));
    }

    @Test
    void overridesEditTheDefaultTimetable() throws Exception {
        ResolvedScenario s = read(FILE, "rlc.schedule[2].capacity=25", "rlc.schedule[0].days=[mon,thu]");
        assertEquals(25, s.schedule().get(2).capacity());
        assertEquals(Set.of(MONDAY, THURSDAY), s.schedule().get(0).days());
        assertEquals(DefaultTimetable.activities().get(1), s.schedule().get(1));
    }

    @Test
    void overridesEditTheFilesSchedule() throws Exception {
        String yaml = "rlc:\n  schedule:\n    - name: A\n      type: wellness\n      days: [mon]\n      capacity: 5\n";
        ResolvedScenario s = read(yaml, "rlc.schedule[0].facilitator=participant", "rlc.schedule[0].name=Morning group");
        assertEquals(Facilitator.PARTICIPANT, s.schedule().get(0).facilitator());
        assertEquals("Morning group", s.schedule().get(0).name());
    }

    @Test
    void anOverrideCanReplaceAnActivityOrTheSchedule() throws Exception {
        ResolvedScenario one = read(FILE, "rlc.schedule[1]={name: Art, type: wellness, days: [sat], capacity: 8}");
        assertEquals("Art", one.schedule().get(1).name());
        assertEquals(DefaultTimetable.activities().size(), one.schedule().size());
        ResolvedScenario none = read(FILE, "rlc.enabled=false", "rlc.schedule=[]");
        assertTrue(none.schedule().isEmpty());
        ResolvedScenario two = read(FILE,
                "rlc.schedule=[{name: A, type: training, days: [tue], capacity: 3}, {name: B, type: wellness, days: [wed], capacity: 4}]");
        assertEquals(List.of(ActivityType.TRAINING, ActivityType.WELLNESS),
                two.schedule().stream().map(a -> a.type()).toList());
    }

    @Test
    void anOverrideCanSetAWholeSection() throws Exception {
        ResolvedScenario s = read(FILE, "rlc.atmosphere={openness: 0.1, flexibility: 0.2}");
        assertEquals(0.1, s.values().get("rlc.atmosphere.openness"));
        assertEquals(0.2, s.values().get("rlc.atmosphere.flexibility"));
        assertEquals(ScenarioReader.defaults().values().get("rlc.atmosphere.judgment_free"),
                s.values().get("rlc.atmosphere.judgment_free"));
    }

    @Test
    void overridesWorkWithoutAFile() throws Exception {
        ResolvedScenario s = ScenarioReader.defaults(List.of("days=30"));
        assertEquals(30, s.values().get("days"));
        assertEquals(ScenarioReader.DEFAULTS, s.source());
    }

    @Test
    void problemsAreReportedAsSetWithoutALine() {
        assertEquals("--set: dayz: unknown key (did you mean 'days'?)", error(FILE, "dayz=3"));
        assertEquals("--set: days: expected a whole number, got 'many'", error(FILE, "days=many"));
        assertEquals("--set: rlc.atmosphere.openness: 7 is out of range (0 to 1)", error(FILE, "rlc.atmosphere.openness=7"));
        assertEquals("--set: rlc.schedule[0].dayz: unknown key (did you mean 'days'?)", error(FILE, "rlc.schedule[0].dayz=[mon]"));
        assertEquals("--set: rlc.schedule[0].days: 'mun' is not a day (did you mean 'mon'?)",
                error(FILE, "rlc.schedule[0].days=[mun]"));
        assertEquals("--set: rlc.schedule[0].days: expected a list of days such as [mon, thu], got 'mon, thu'",
                error(FILE, "rlc.schedule[0].days=mon, thu"));
        assertEquals("--set: rlc: expected a section (keys indented below it), got '3'", setError("rlc=3"));
    }

    @Test
    void anOverrideNeedsAnEqualsSignAndAKey() {
        assertEquals("--set: population.participants: expected key=value, e.g. population.participants=5000",
                setError("population.participants"));
        assertEquals("--set: '=5' has no key; expected key=value, e.g. population.participants=5000", setError("=5"));
    }

    @Test
    void anEmptyValueIsNoValue() {
        assertEquals("--set: days: expected a whole number, got nothing", setError("days="));
    }

    @Test
    void invalidYamlInAValueIsReported() {
        String m = setError("rlc.schedule[0].days=[mon,");
        assertTrue(m.startsWith("--set: rlc.schedule[0].days: not valid YAML: "), m);
    }

    @Test
    void onlyExistingActivitiesCanBeEdited() {
        int n = DefaultTimetable.activities().size();
        assertEquals("--set: rlc.schedule[" + n + "]: no such activity; the schedule has " + n + " activities, "
                + "rlc.schedule[0] to [" + (n - 1) + "]", error(FILE, "rlc.schedule[" + n + "].capacity=25"));
        assertEquals("--set: rlc.schedule[0]: no such activity; the schedule is empty",
                error(FILE, "rlc.enabled=false", "rlc.schedule=[]", "rlc.schedule[0].capacity=2"));
        assertEquals("--set: rlc.schedule[x].capacity: expected an activity number and optional field, e.g. rlc.schedule[0].capacity",
                error(FILE, "rlc.schedule[x].capacity=2"));
    }

    @Test
    void crossFieldProblemsNameTheOverride() {
        assertEquals("--set: rlc.schedule[0].facilitator: 'participant' needs participants who lead, "
                + "but mechanisms.leadership is off", setError("rlc.schedule[0].facilitator=participant", "mechanisms.leadership=off"));
        assertEquals("--set: rlc.staff: 0 staff, but rlc.schedule[0] '" + DefaultTimetable.activities().get(0).name()
                + "' is facilitated by staff; "
                + "add staff or set its facilitator: participant", setError("rlc.staff=0"));
    }

    @Test
    void problemsLeftInTheFileStillNameTheFile() {
        assertEquals("bad.yaml:1: days: expected a whole number, got 'many'", error("days: many\n", "seed=4"));
    }
}
