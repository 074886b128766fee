package org.rlcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlcsim.scenario.ScenarioException;

/** Experiments resolved point by point before anything runs. */
class ExperimentsTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("base.yaml"), StandardCopyOption.REPLACE_EXISTING);
        return Files.writeString(dir.resolve("exp.yaml"), "scenario: base.yaml\n" + yaml);
    }

    private String error(String yaml, String... overrides) throws IOException {
        Path f = file(yaml);
        String m = assertThrows(ScenarioException.class, () -> Experiments.load(f, List.of(overrides), null)).getMessage();
        return m.replace(dir + "/", "");
    }

    @Test
    void everyPointIsAScenarioWithItsValues() throws Exception {
        Experiment e = Experiments.load(file("seed: 5\nreplications: 3\nset:\n  population.participants: 200\nvary:\n"
                + "  rlc.atmosphere.openness: [0.25, 0.75]\n  mechanisms.coping: [on, off]\n"), List.of(), null);
        assertEquals("exp", e.title());
        assertEquals("factorial", e.design());
        assertEquals(5, e.seed());
        assertEquals(4, e.points().size());
        assertEquals(12, e.runs());
        assertEquals(Map.of("rlc.atmosphere.openness", 0.75, "mechanisms.coping", "off"), e.points().get(3).values());
        assertEquals(0.75, e.parametersOf(11).rlc().atmosphere().openness());
        assertEquals(200, e.parametersOf(11).population().participants());
        assertEquals(3, e.pointOf(11));
        assertEquals(2, e.replicationOf(11));
        Set<Long> seeds = new HashSet<>();
        for (int r = 0; r < e.runs(); r++) seeds.add(e.parametersOf(r).seed());
        assertEquals(12, seeds.size(), "no two runs share a seed");
    }

    @Test
    void commandLineReplicationsAndSettingsComeLast() throws Exception {
        Experiment e = Experiments.load(file("replications: 3\nvary:\n  days: [10, 20]\n"),
                List.of("population.participants=150"), 7);
        assertEquals(7, e.replications());
        assertEquals(150, e.parametersOf(0).population().participants());
    }

    @Test
    void aScenarioFileIsOnePointRepeated() throws Exception {
        Experiment e = Experiments.load(Path.of("scenarios/no-rlc.yaml"), List.of("seed=9"), null);
        assertEquals("no-rlc", e.title());
        assertEquals(1, e.points().size());
        assertEquals(Experiments.DEFAULT_REPLICATIONS, e.replications());
        assertEquals(9, e.seed());
        assertEquals(List.of(), e.varied());
    }

    @Test
    void aBadVariedValueIsReportedAtItsLineBeforeAnythingRuns() throws Exception {
        assertEquals("exp.yaml:4: rlc.atmosphere.openness: 7 is out of range (0 to 1)", // the value's own line
                error("vary:\n  rlc.atmosphere.openness: [0.5,\n    7]\n"));
        assertEquals("exp.yaml:3: rlc.staff: expected a whole number, got '1.5'",
                error("vary:\n  rlc.staff: {from: 1, to: 2, step: 0.5}\n"));
        assertEquals("exp.yaml:3: rlc.schedule[9]: no such activity; the schedule has 7 activities, rlc.schedule[0] to [6]",
                error("vary:\n  rlc.schedule[9].capacity: [5]\n"));
        assertEquals("exp.yaml:3: population.participants: 0 is out of range (1 to 5000000)",
                error("set:\n  population.participants: 0\n"));
    }

    @Test
    void aVariedKeyCannotBeFixedOnTheCommandLine() throws Exception {
        assertEquals("--set: days: varied by exp.yaml; --set cannot fix it", error("vary:\n  days: [10, 20]\n", "days=5"));
    }
}
