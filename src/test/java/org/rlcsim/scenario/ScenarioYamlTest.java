package org.rlcsim.scenario;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlcsim.model.ActivityType;
import org.rlcsim.model.Facilitator;
import org.rlcsim.model.Location;
import org.rlcsim.model.TimeOfDay;
import org.rlcsim.model.Opportunity;
import org.rlcsim.model.params.Activity;

class ScenarioYamlTest {

    private static ResolvedScenario reRead(ResolvedScenario s) throws ScenarioException {
        return ScenarioReader.read("written.yaml", ScenarioYaml.toYaml(s), List.of());
    }

    private static void assertSameScenario(ResolvedScenario expected, ResolvedScenario actual) {
        assertEquals(expected.values(), actual.values());
        assertEquals(expected.schedule(), actual.schedule());
    }

    @Test
    void theDefaultsReadBackUnchanged() throws Exception {
        ResolvedScenario defaults = ScenarioReader.defaults();
        assertSameScenario(defaults, reRead(defaults));
    }

    @Test
    void aChangedScenarioReadsBackUnchanged() throws Exception {
        ResolvedScenario s = ScenarioReader.defaults(List.of("seed=9223372036854775807", "rlc.atmosphere.openness=0.0001",
                "mechanisms.jobs=off", "labour.find_rate=1e-7", "rlc.schedule[0].facilitator=participant",
                "rlc.schedule[4].offers=[trainings, meeting_peers]", "rlc.schedule[5].days=[sun, mon]"));
        assertSameScenario(s, reRead(s));
    }

    @Test
    void namesThatLookLikeOtherThingsAreQuoted() throws Exception {
        List<Activity> schedule = new ArrayList<>();
        String[] names = {"yes", "123", "Group: evening", "#1 club", "- dash", "[brackets]", "it's", "\"quoted\"", "null",
                "  ", "caf\u00e9 & tea", "on"};
        for (String n : names) {
            if (n.isBlank()) continue;
            // each in a room of its own, named like the activity, so names are also written as rooms
            schedule.add(new Activity(n, ActivityType.WELLNESS, Set.of(MONDAY), TimeOfDay.EVENING, 1.5, 5,
                    Facilitator.STAFF, Activity.RLC_SITE, Location.RLC, n.strip(), Set.of()));
        }
        ResolvedScenario s = new ResolvedScenario("x", ScenarioReader.defaults().values(), schedule);
        assertSameScenario(s, reRead(s));
    }

    @Test
    void anEmptyScheduleIsWrittenAsAnEmptyList() throws Exception {
        ResolvedScenario s = ScenarioReader.defaults(List.of("rlc.enabled=false", "rlc.schedule=[]"));
        String yaml = ScenarioYaml.toYaml(s);
        assertTrue(yaml.contains("\n  schedule: []\n"), yaml);
        assertSameScenario(s, reRead(s));
    }

    @Test
    void everyKeyIsWrittenWithItsDocAndRange() throws Exception {
        String yaml = ScenarioYaml.toYaml(ScenarioReader.defaults(List.of("rlc.atmosphere.openness=0.8", "days=1095")));
        for (Key k : ScenarioSchema.keys()) {
            assertTrue(yaml.contains("# " + k.doc() + "; "), k.path());
        }
        String openness = ScenarioSchema.byPath().get("rlc.atmosphere.openness").doc();
        assertTrue(yaml.contains("\n    openness: 0.8 "), yaml);
        assertTrue(yaml.matches("(?s).*\n    openness: 0\\.8 +# " + Pattern.quote(openness) + "; range 0 to 1\n.*"), yaml);
        assertTrue(yaml.matches("(?s).*\ndays: 1095 +# [^\n]*; whole number, range 1 to 36500\n.*"), yaml);
    }

    @Test
    void switchesAreWrittenOnOrOff() throws Exception {
        String yaml = ScenarioYaml.toYaml(ScenarioReader.defaults(List.of("mechanisms.coping=no", "mechanisms.jobs=yes")));
        assertTrue(yaml.matches("(?s).*\n  coping: off +# .*; on or off\n.*"), yaml);
        assertTrue(yaml.matches("(?s).*\n  jobs: on +# .*"), yaml);
        assertTrue(yaml.matches("(?s).*\n  enabled: true +# .*; true or false\n.*"), yaml);
    }

    @Test
    void commentsLineUpWithinASection() {
        String yaml = ScenarioYaml.toYaml(ScenarioReader.defaults());
        String atmosphere = yaml.substring(yaml.indexOf("\n  atmosphere:\n") + 1, yaml.indexOf("\n  opportunities:\n"));
        List<Integer> columns = atmosphere.lines().skip(1).map(l -> l.indexOf(" # ")).distinct().toList();
        assertEquals(1, columns.size(), atmosphere);
    }

    @Test
    void sectionsNestInSchemaOrder() {
        String yaml = ScenarioYaml.toYaml(ScenarioReader.defaults());
        assertTrue(yaml.startsWith("seed: "), yaml);
        assertTrue(yaml.contains("\nrlc:\n  enabled: "), yaml);
        assertTrue(yaml.contains("\ninitial:\n  isolation:\n    mean: "), yaml);
        assertTrue(yaml.indexOf("\npopulation:") < yaml.indexOf("\nrlc:"));
        assertTrue(yaml.indexOf("\nrlc:") < yaml.indexOf("\nmechanisms:"));
        assertTrue(yaml.indexOf("\n  attendance:") < yaml.indexOf("\n  schedule:"), "the schedule closes the rlc section");
    }

    @Test
    void scheduleListsDaysMondayFirstAsFlowLists() {
        Activity a = new Activity("Peer group", ActivityType.PEER_SUPPORT, Set.of(SUNDAY, FRIDAY, MONDAY), 20,
                Facilitator.PARTICIPANT, Set.of(Opportunity.MEETING_PEERS, Opportunity.LEADERSHIP));
        Activity b = new Activity("Lab", ActivityType.COMPUTER_LAB, Set.of(TUESDAY), 9, Facilitator.STAFF, Set.of());
        String yaml = ScenarioYaml.toYaml(new ResolvedScenario("x", ScenarioReader.defaults().values(), List.of(a, b)));
        assertTrue(yaml.contains("""
                  schedule:
                    - name: Peer group
                      type: peer_support
                      days: [mon, fri, sun]
                      time: morning
                      hours: 2.0
                      capacity: 20
                      facilitator: participant
                      site: RLC
                      location: rlc
                      offers: [leadership, meeting_peers]
                    - name: Lab
                      type: computer_lab
                      days: [tue]
                      time: morning
                      hours: 2.0
                      capacity: 9
                      facilitator: staff
                      site: RLC
                      location: rlc
                      offers: []
                """), yaml);
    }

    @Test
    void decimalsAreWrittenPlain() throws Exception {
        String yaml = ScenarioYaml.toYaml(ScenarioReader.defaults(List.of("rlc.attendance.outreach_rate=8e-4",
                "population.family_mean=7", "labour.find_rate=0.0000001")));
        assertTrue(yaml.contains("outreach_rate: 0.0008 "), yaml);
        assertTrue(yaml.contains("family_mean: 7.0 "), yaml);
        assertTrue(yaml.contains("find_rate: 0.0000001 "), yaml);
        assertFalse(yaml.contains("E-"), yaml);
    }

    @Test
    void theJsonTreeNestsLikeTheFile() {
        ResolvedScenario s = ScenarioReader.defaults();
        Map<String, Object> tree = ScenarioYaml.toJsonTree(s);
        assertEquals(s.values().get("seed"), tree.get("seed"));
        Map<?, ?> rlc = (Map<?, ?>) tree.get("rlc");
        assertEquals(s.values().get("rlc.enabled"), rlc.get("enabled"));
        assertEquals(s.values().get("rlc.atmosphere.openness"), ((Map<?, ?>) rlc.get("atmosphere")).get("openness"));
        List<?> schedule = (List<?>) rlc.get("schedule");
        assertEquals(s.schedule().size(), schedule.size());
        Activity a = s.schedule().get(0);
        List<String> days = a.days().stream().sorted().map(d -> ActivityFields.WEEKDAYS.get(d.ordinal())).toList();
        List<String> offers = a.offers().stream().sorted().map(Opportunity::key).toList();
        assertEquals(List.of("name", "type", "days", "time", "hours", "capacity", "facilitator", "site", "location",
                        "room", "offers"), List.copyOf(((Map<?, ?>) schedule.get(0)).keySet()));
        assertEquals(Map.ofEntries(Map.entry("name", a.name()), Map.entry("type", a.type().key()),
                Map.entry("days", days), Map.entry("time", a.time().key()), Map.entry("hours", a.hours()),
                Map.entry("capacity", a.capacity()), Map.entry("facilitator", a.facilitator().key()),
                Map.entry("site", a.site()), Map.entry("location", a.location().key()), Map.entry("room", a.room()),
                Map.entry("offers", offers)), schedule.get(0));
        List<String> sections = ScenarioSchema.keys().stream().map(k -> k.path().split("\\.")[0]).distinct().toList();
        assertEquals(sections, List.copyOf(tree.keySet()));
    }

    @Test
    void theJsonTreeHoldsEveryKey() {
        Map<String, Object> tree = ScenarioYaml.toJsonTree(ScenarioReader.defaults());
        for (Key k : ScenarioSchema.keys()) {
            Object node = tree;
            for (String part : k.path().split("\\.")) node = ((Map<?, ?>) node).get(part);
            assertEquals(ScenarioReader.defaults().values().get(k.path()), node, k.path());
        }
    }

    @Test
    void writeDefaultsWritesTheHeaderAndTheDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("new/folder/baseline.yaml");
        ScenarioYaml.writeDefaults(file);
        String text = Files.readString(file);
        assertTrue(text.startsWith("# rlcsim baseline: a community of people with SMI"), text);
        assertSameScenario(ScenarioReader.defaults(), ScenarioReader.read(file, List.of()));
    }

    @Test
    void offersAreWrittenInTheirOwnOrder() {
        Activity a = new Activity("A", ActivityType.TRAINING, Set.of(TUESDAY), 3, Facilitator.STAFF,
                Set.of(Opportunity.TRAININGS, Opportunity.LEADERSHIP));
        String yaml = ScenarioYaml.toYaml(new ResolvedScenario("x", ScenarioReader.defaults().values(), List.of(a)));
        assertTrue(yaml.contains("offers: [leadership, trainings]"), yaml);
    }
}
