package org.rlcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rlcsim.scenario.Scenarios.error;
import static org.rlcsim.scenario.Scenarios.read;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Scalar keys: which exist, where they sit, their types and ranges, and the defaults. */
class KeysAndTypesTest {

    @Test
    void everythingNotWrittenTakesItsDefault() throws Exception {
        ResolvedScenario s = read("seed: 7\nrlc:\n  atmosphere:\n    openness: 0.3\n");
        for (Key k : ScenarioSchema.keys()) {
            Object expected = switch (k.path()) {
                case "seed" -> 7L;
                case "rlc.atmosphere.openness" -> 0.3;
                default -> ScenarioReader.defaults().values().get(k.path());
            };
            assertEquals(expected, s.values().get(k.path()), k.path());
        }
        assertEquals(ScenarioSchema.keys().size(), s.values().size());
        assertEquals(DefaultTimetable.activities(), s.schedule());
        assertEquals("bad.yaml", s.source());
    }

    @Test
    void valuesComeInSchemaOrder() throws Exception {
        ResolvedScenario s = read("effects:\n  jobs:\n    role: 0.2\nseed: 3\n");
        assertEquals(ScenarioSchema.byPath().keySet().stream().toList(), s.values().keySet().stream().toList());
    }

    @Test
    void valuesHaveTheJavaTypeOfTheirKind() throws Exception {
        ResolvedScenario s = read("seed: 5\ndays: 10\npopulation:\n  family_mean: 3\nmechanisms:\n  jobs: off\n"
                + "rlc:\n  enabled: true\n");
        assertEquals(Long.class, s.values().get("seed").getClass());
        assertEquals(Integer.class, s.values().get("days").getClass());
        assertEquals(3.0, s.values().get("population.family_mean"));
        assertEquals(Boolean.FALSE, s.values().get("mechanisms.jobs"));
        assertEquals(Boolean.TRUE, s.values().get("rlc.enabled"));
    }

    @Test
    void anOutOfRangeValueNamesItsLineAndRange() {
        String yaml = """
                # a scenario
                seed: 1

                rlc:
                  staff: 4
                  atmosphere:
                    openness: 7
                """;
        assertEquals("bad.yaml:7: rlc.atmosphere.openness: 7 is out of range (0 to 1)", error(yaml));
        assertEquals("bad.yaml:1: days: 0 is out of range (1 to 36500)", error("days: 0\n"));
        assertEquals("bad.yaml:2: population.community_per_participant: 0.05 is out of range (0.1 to 1000)",
                error("population:\n  community_per_participant: 0.05\n"));
        assertEquals("bad.yaml:1: seed: -1 is out of range (0 to 9223372036854775807)", error("seed: -1\n"));
        assertEquals("bad.yaml:1: seed: 9223372036854775808 is out of range (0 to 9223372036854775807)",
                error("seed: 9223372036854775808\n"));
        assertEquals("bad.yaml:1: population.participants: 99999999999 is out of range (1 to 5000000)",
                error("population.participants: 99999999999\n"));
    }

    @Test
    void theBoundsThemselvesAreAllowed() throws Exception {
        assertEquals(9223372036854775807L, read("seed: 9223372036854775807\n").values().get("seed"));
        assertEquals(0.0, read("rlc.atmosphere.openness: 0\n").values().get("rlc.atmosphere.openness"));
        assertEquals(1.0, read("rlc.atmosphere.openness: 1\n").values().get("rlc.atmosphere.openness"));
    }

    @Test
    void unknownKeysSuggestTheClosestKnownOne() {
        assertEquals("bad.yaml:2: dayz: unknown key (did you mean 'days'?)", error("seed: 1\ndayz: 3\n"));
        assertEquals("bad.yaml:3: rlc.atmosphere.opennes: unknown key (did you mean 'rlc.atmosphere.openness'?)",
                error("rlc:\n  atmosphere:\n    opennes: 0.5\n"));
        assertEquals("bad.yaml:2: rlc.atmosphre: unknown key (did you mean 'rlc.atmosphere'?)",
                error("rlc:\n  atmosphre:\n    openness: 0.5\n"));
        assertEquals("bad.yaml:1: Seed: unknown key (did you mean 'seed'?)", error("Seed: 3\n"));
    }

    @Test
    void aKeyInTheWrongSectionPointsToItsPlace() {
        assertEquals("bad.yaml:2: rlc.openness: unknown key (did you mean 'rlc.atmosphere.openness'?)",
                error("rlc:\n  openness: 0.5\n"));
    }

    @Test
    void aKeyFarFromAnyKnownOneGetsNoGuess() {
        assertEquals("bad.yaml:1: colour: unknown key", error("colour: blue\n"));
        // "mean" is in six sections: guessing one would mislead
        assertEquals("bad.yaml:2: initial.mean: unknown key", error("initial:\n  mean: 0.4\n"));
    }

    @Test
    void dottedKeysAreShorthandForSections() throws Exception {
        ResolvedScenario s = read("rlc.atmosphere.openness: 0.25\nrlc:\n  staff: 2\n  opportunities.leadership: 0.1\n");
        assertEquals(0.25, s.values().get("rlc.atmosphere.openness"));
        assertEquals(2, s.values().get("rlc.staff"));
        assertEquals(0.1, s.values().get("rlc.opportunities.leadership"));
    }

    @Test
    void aKeySetTwiceIsRefused() {
        assertEquals("bad.yaml:4: rlc.atmosphere.openness: set twice (first on line 1)",
                error("rlc.atmosphere.openness: 0.25\nrlc:\n  atmosphere:\n    openness: 0.3\n"));
        assertEquals("bad.yaml:2: seed: appears twice in this section (first on line 1)", error("seed: 1\nseed: 2\n"));
        assertEquals("bad.yaml:3: rlc: appears twice in this section (first on line 1)",
                error("rlc:\n  staff: 2\nrlc:\n  enabled: true\n"));
    }

    @Test
    void aScalarWhereASectionBelongsIsATypeError() {
        assertEquals("bad.yaml:1: rlc: expected a section (keys indented below it), got '5'", error("rlc: 5\n"));
        assertEquals("bad.yaml:2: rlc.atmosphere: expected a section (keys indented below it), got a list",
                error("rlc:\n  atmosphere: [1, 2]\n"));
    }

    @Test
    void aSectionWhereAScalarBelongsIsATypeError() {
        assertEquals("bad.yaml:2: rlc.atmosphere.openness: expected a number, got a mapping",
                error("rlc.atmosphere:\n  openness:\n    high: 1\n"));
        assertEquals("bad.yaml:1: days: expected a whole number, got a list", error("days: [1, 2]\n"));
    }

    @Test
    void anEmptySectionLeavesItsDefaults() throws Exception {
        ResolvedScenario s = read("rlc:\n  atmosphere:\nseed: 2\n");
        assertEquals(ScenarioReader.defaults().values().get("rlc.atmosphere.openness"), s.values().get("rlc.atmosphere.openness"));
    }

    @Test
    void aKeyWithoutValueIsAnError() {
        assertEquals("bad.yaml:1: days: expected a whole number, got nothing", error("days:\n"));
        assertEquals("bad.yaml:1: mechanisms.jobs: expected on or off, got nothing", error("mechanisms.jobs: ~\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "2.5", "1e3", "2.0", "'3 days'", ".inf", "0x10"})
    void wholeNumbersAreWholeNumbers(String written) {
        String shown = written.startsWith("'") ? written : "'" + written + "'";
        assertEquals("bad.yaml:3: days: expected a whole number, got " + shown, error("seed: 1\n\ndays: " + written + "\n"));
    }

    @ParameterizedTest
    @CsvSource({"1_000, 1000", "+12, 12", "'40', 40", "007, 7"})
    void wholeNumbersMayBeWrittenSeveralWays(String written, int value) throws Exception {
        assertEquals(value, read("days: " + written + "\n").values().get("days"));
    }

    @ParameterizedTest
    @CsvSource({"1, 1.0", "0.5, 0.5", ".5, 0.5", "1e-4, 0.0001", "2.5E-3, 0.0025", "'0.3', 0.3"})
    void realNumbersAcceptIntegersAndDecimals(String written, double value) throws Exception {
        assertEquals(value, read("ties.affinity_sd: " + written + "\n").values().get("ties.affinity_sd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"high", ".nan", ".inf", "-.inf", "NaN", "Infinity", "1.5d", "0x1p3", "1,5"})
    void realNumbersAreRealNumbers(String written) {
        assertEquals("bad.yaml:1: ties.affinity_sd: expected a number, got '" + written + "'",
                error("ties.affinity_sd: " + written + "\n"));
    }

    @ParameterizedTest
    @CsvSource({"on, true", "off, false", "true, true", "false, false", "yes, true", "no, false", "ON, true",
            "Off, false", "'off', false"})
    void switchesAcceptOnOffAndTheirSynonyms(String written, boolean value) throws Exception {
        assertEquals(value, read("mechanisms:\n  coping: " + written + "\n").values().get("mechanisms.coping"));
    }

    @Test
    void digitsMayBeGroupedWithUnderscores() throws Exception {
        assertEquals(10.5, read("population.family_mean: 1_0.5\n").values().get("population.family_mean"));
    }

    @Test
    void switchesRefuseAnythingElse() {
        assertEquals("bad.yaml:2: mechanisms.coping: expected on or off, got 'maybe'",
                error("mechanisms:\n  coping: maybe\n"));
        assertEquals("bad.yaml:2: mechanisms.coping: expected on or off, got '1'", error("mechanisms:\n  coping: 1\n"));
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "on, true", "off, false", "TRUE, true"})
    void booleansAcceptTrueAndFalse(String written, boolean value) throws Exception {
        String yaml = "rlc:\n  enabled: " + written + "\n" + (value ? "" : "  schedule: []\n");
        assertEquals(value, read(yaml).values().get("rlc.enabled"));
    }

    @Test
    void booleansRefuseAnythingElse() {
        assertEquals("bad.yaml:2: rlc.enabled: expected true or false, got 'sometimes'",
                error("rlc:\n  enabled: sometimes\n"));
    }

    @Test
    void theFirstProblemInTheFileIsReported() {
        assertEquals("bad.yaml:1: ties.withdrawal: 2 is out of range (0 to 1)",
                error("ties.withdrawal: 2\nseed: -5\n"));
    }

    @Test
    void controlCharactersAreNotEchoed() {
        assertEquals("bad.yaml:1: days: expected a whole number, got 'a?b'", error("days: \"a\\x07b\"\n"));
    }

    @Test
    void longValuesAreCutShortInMessages() {
        String m = error("days: " + "x".repeat(200) + "\n");
        assertEquals("bad.yaml:1: days: expected a whole number, got '" + "x".repeat(57) + "...'", m);
    }

    @Test
    void startingStatesMustBeBetaDistributions() {
        assertEquals("bad.yaml:4: initial.coping.sd: 0.5 is too large for a mean of 0.45; "
                        + "a Beta distribution needs sd below 0.497",
                error("initial:\n  coping:\n    mean: 0.45\n    sd: 0.5\n"));
        assertEquals("bad.yaml:4: initial.coping.sd: 0.5 is too large for a mean of 0.5; "
                        + "a Beta distribution needs sd below 0.5",
                error("initial:\n  coping:\n    mean: 0.5\n    sd: 0.5\n"), "sd must be below the bound, not at it");
        String sd = PlainNumber.of(ScenarioReader.defaults().values().get("initial.identity.sd"));
        assertEquals("bad.yaml:3: initial.identity.sd: " + sd + " (the default) is too large for a mean of 0.999; "
                        + "a Beta distribution needs sd below 0.0316",
                error("initial:\n  identity:\n    mean: 0.999\n"));
    }

    @Test
    void aNarrowStartingStateIsFine() throws Exception {
        Map<String, Object> v = read("initial:\n  coping:\n    mean: 0.99\n    sd: 0.09\n").values();
        assertEquals(0.09, v.get("initial.coping.sd"));
    }
}
