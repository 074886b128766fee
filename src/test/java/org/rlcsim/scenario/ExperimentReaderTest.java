package org.rlcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rlcsim.scenario.Scenarios.message;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rlcsim.scenario.ExperimentFile.Design;
import org.rlcsim.scenario.ExperimentFile.Factor;

/** Experiment files: what they may say, and one line naming file, line and key for what they may not. */
class ExperimentReaderTest {
    private static final String FILE = "exp.yaml";
    private static final String BASE = "scenario: scenarios/baseline.yaml\n";

    static ExperimentFile read(String yaml) throws ScenarioException {
        return ExperimentReader.read(new ScenarioText(FILE, yaml));
    }

    static String error(String yaml) {
        return message(() -> read(yaml));
    }

    @Test
    void experimentsAreToldFromScenariosByTheirKeys() {
        assertTrue(ExperimentReader.isExperiment(new ScenarioText(FILE, BASE)));
        assertTrue(ExperimentReader.isExperiment(new ScenarioText(FILE, "vary:\n  days: [1, 2]\n")));
        assertFalse(ExperimentReader.isExperiment(new ScenarioText(FILE, "seed: 3\nrlc:\n  staff: 4\n")));
        assertFalse(ExperimentReader.isExperiment(new ScenarioText(FILE, "")), "an empty file is reported as a scenario");
        assertFalse(ExperimentReader.isExperiment(new ScenarioText(FILE, "scenario: [")), "invalid YAML too");
    }

    @Test
    void readsEveryPart() throws Exception {
        ExperimentFile e = read(BASE + "seed: 7\nreplications: 4\ndays: 100\nset:\n  population.participants: 300\n"
                + "design: factorial\nvary:\n  rlc.atmosphere.openness: [0.2, 0.8]\n"
                + "  rlc.staff: {from: 2, to: 6, step: 2}\n  mechanisms.leadership: [on, off]\n");
        assertEquals(Path.of("scenarios/baseline.yaml"), e.scenario());
        assertEquals(4, e.replications());
        assertEquals(Design.FACTORIAL, e.design());
        assertEquals(List.of("population.participants=300", "days=100", "seed=7"),
                e.fixed().stream().map(Setting::toString).toList());
        assertEquals(6, e.fixed().get(0).line());
        List<Factor> f = e.factors();
        assertEquals(List.of("rlc.atmosphere.openness", "rlc.staff", "mechanisms.leadership"),
                f.stream().map(Factor::key).toList());
        assertEquals(List.of("2", "4", "6"), f.get(1).levels().stream().map(Setting::text).toList());
        assertEquals(9, f.get(0).levels().get(0).line(), "each listed value keeps its line");
        assertTrue(f.get(1).whole());
    }

    @Test
    void decimalStepsAddUpExactly() throws Exception {
        Factor f = read(BASE + "vary:\n  rlc.atmosphere.openness: {from: 0.1, to: 0.7, step: 0.2}\n").factors().get(0);
        assertEquals(List.of("0.1", "0.3", "0.5", "0.7"), f.levels().stream().map(Setting::text).toList());
    }

    @Test
    void latinHypercubeRanges() throws Exception {
        ExperimentFile e = read(BASE + "design: latin_hypercube\nsamples: 12\nvary:\n"
                + "  rlc.atmosphere.openness: {min: 0.2, max: 0.9}\n  rlc.schedule[0].capacity: {min: 5, max: 30}\n"
                + "  mechanisms.coping: [on, off]\n");
        assertEquals(12, e.samples());
        assertEquals(new ExperimentFile.Range(0.2, 0.9), e.factors().get(0).range());
        assertFalse(e.factors().get(0).whole());
        assertTrue(e.factors().get(1).whole(), "a timetable capacity is a whole number");
        assertNull(e.factors().get(2).range());
    }

    @Test
    void aScenarioIsFoundBesideTheExperimentFirst() throws Exception {
        ExperimentFile e = ExperimentReader.read(new ScenarioText("scenarios/experiments/x.yaml", "scenario: ../baseline.yaml\n"));
        assertEquals(Path.of("scenarios/baseline.yaml"), e.scenario());
        ExperimentFile fromHere = ExperimentReader.read(new ScenarioText("/tmp/x.yaml", "scenario: scenarios/no-rlc.yaml\n"));
        assertEquals(Path.of("scenarios/no-rlc.yaml"), fromHere.scenario(), "else in the current folder");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            scenario: scenarios/baseline.yaml\\nvary:\\n  rlc.atmosphere.opennes: [0.1, 0.9]\\n | exp.yaml:3: rlc.atmosphere.opennes: unknown key (did you mean 'rlc.atmosphere.openness'?)
            scenario: scenarios/baseline.yaml\\nreplication: 3\\n | exp.yaml:2: replication: unknown key in an experiment file (did you mean 'replications'?)
            scenario: scenarios/baseline.yaml\\npopulation:\\n  participants: 3\\n | exp.yaml:2: population: a scenario key; in an experiment file it goes under set: (fixed) or vary:
            scenario: scenarios/baseline.yaml\\nreplications: many\\n | exp.yaml:2: replications: expected a whole number, got 'many'
            scenario: scenarios/baseline.yaml\\nreplications: 0\\n | exp.yaml:2: replications: 0 is out of range (1 to 1000000)
            scenario: scenarios/baseline.yaml\\ndesign: lhs\\n | exp.yaml:2: design: expected factorial or latin_hypercube, got 'lhs'
            scenario: scenarios/baseline.yaml\\ndesign: factorail\\nvary:\\n  days: [1]\\n | exp.yaml:2: design: expected factorial or latin_hypercube, got 'factorail' (did you mean 'factorial'?)
            scenario: scenarios/baseline.yaml\\ndesign: latin_hypercube\\nvary:\\n  days: {min: 1, max: 9}\\n | exp.yaml:2: design: latin_hypercube needs samples: N, the number of points to draw
            scenario: scenarios/baseline.yaml\\nsamples: 10\\nvary:\\n  days: [1]\\n | exp.yaml:2: samples: only for design: latin_hypercube
            scenario: scenarios/baseline.yaml\\nvary:\\n  rlc.atmosphere.openness: 0.3\\n | exp.yaml:3: rlc.atmosphere.openness: expected a list of values or {from, to, step}, got '0.3'
            scenario: scenarios/baseline.yaml\\nvary:\\n  rlc.atmosphere.openness: []\\n | exp.yaml:3: rlc.atmosphere.openness: needs at least one value
            scenario: scenarios/baseline.yaml\\nvary:\\n  rlc.atmosphere.openness: {min: 0, max: 1}\\n | exp.yaml:3: rlc.atmosphere.openness: {min, max} is for design: latin_hypercube; a factorial design takes a list or {from, to, step}
            scenario: scenarios/baseline.yaml\\nvary:\\n  rlc.atmosphere.openness: {from: 0, to: 1, stepp: 0.1}\\n | exp.yaml:3: rlc.atmosphere.openness.stepp: unknown key in a range (did you mean 'step'?); a range is {from, to, step} or {min, max}
            scenario: scenarios/baseline.yaml\\nvary:\\n  rlc.atmosphere.openness: {from: 0, to: 1, step: 0}\\n | exp.yaml:3: rlc.atmosphere.openness.step: must be more than 0
            scenario: scenarios/baseline.yaml\\nvary:\\n  rlc.atmosphere.openness: {from: 0, to: 1, step: x}\\n | exp.yaml:3: rlc.atmosphere.openness.step: expected a number, got 'x'
            scenario: scenarios/baseline.yaml\\nvary:\\n  mechanisms.coping: {from: 0, to: 1, step: 1}\\n | exp.yaml:3: mechanisms.coping: not a number key, so it takes a list of values, not a range
            scenario: scenarios/baseline.yaml\\ndesign: latin_hypercube\\nsamples: 5\\nvary:\\n  rlc.atmosphere.openness: {min: -0.5, max: 1}\\n | exp.yaml:5: rlc.atmosphere.openness.min: -0.5 is out of range (0 to 1)
            scenario: scenarios/baseline.yaml\\ndesign: latin_hypercube\\nsamples: 5\\nvary:\\n  rlc.staff: {min: 1.5, max: 9}\\n | exp.yaml:5: rlc.staff.min: expected a whole number, got 1.5
            scenario: scenarios/baseline.yaml\\ndesign: latin_hypercube\\nsamples: 5\\nvary:\\n  rlc.atmosphere.openness: {min: 0.9, max: 0.1}\\n | exp.yaml:5: rlc.atmosphere.openness.min: must not be more than max (0.1)
            scenario: scenarios/baseline.yaml\\nvary:\\n  rlc.staff: {from: 9, to: 2, step: 1}\\n | exp.yaml:3: rlc.staff.from: must not be more than to (2)
            scenario: scenarios/baseline.yaml\\nvary:\\n  seed: [1, 2]\\n | exp.yaml:3: seed: each run's seed is derived from the experiment's seed; set seed: at the top level instead
            scenario: scenarios/baseline.yaml\\nset:\\n  days: 30\\nvary:\\n  days: [10, 20]\\n | exp.yaml:5: days: also fixed on line 3; vary it or fix it, not both
            scenario: scenarios/baseline.yaml\\nvary:\\n  days: [1]\\n  days: [2]\\n | exp.yaml:4: vary.days: appears twice (first on line 3)
            scenario: scenarios/baseline.yaml\\nvary:\\n | exp.yaml:2: vary: nothing to vary; name at least one key, or leave vary: out to repeat one scenario
            replications: 3\\n | exp.yaml: scenario: missing; name the base scenario file, e.g. scenario: ../baseline.yaml
            scenario: nowhere.yaml\\n | exp.yaml:1: scenario: no such file 'nowhere.yaml' (looked beside the experiment file and in the current folder)
            scenario:\\n | exp.yaml:1: scenario: has no value
            - scenario\\n | exp.yaml:1: expected a mapping of keys to values at the top level, got a list
            """)
    void badExperimentFilesGetOneLineNamingFileLineAndKey(String yaml, String expected) {
        assertEquals(expected, error(yaml.replace("\\n", "\n")));
    }

    @Test
    void anEmptyExperimentFileIsRefused() {
        assertEquals("exp.yaml: the file is empty", error("# nothing yet\n"));
    }
}
