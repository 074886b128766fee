package org.rlcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rlcsim.model.params.ModelParameters;

/** Guards for whoever edits {@link ScenarioSchema}: its defaults must pass its own checks. */
class SchemaDefaultsTest {

    @Test
    void everyDefaultIsInRangeAndOfItsKind() {
        for (Key k : ScenarioSchema.keys()) {
            Object v = k.defaultValue();
            switch (k.kind()) {
                case SWITCH, BOOLEAN -> assertTrue(v instanceof Boolean, k.path());
                default -> {
                    double d = ((Number) v).doubleValue();
                    assertTrue(d >= k.min() && d <= k.max(), k.path() + " default " + v + " not in " + k.rangeText());
                }
            }
        }
    }

    @Test
    void pathsAreUniqueAndDocsFitOnOneLine() {
        Set<String> seen = new HashSet<>();
        for (Key k : ScenarioSchema.keys()) {
            assertTrue(seen.add(k.path()), "twice: " + k.path());
            assertFalse(k.doc().isBlank() || k.doc().contains("\n"), k.path());
            assertFalse(SchemaPaths.isSection(k.path()), k.path() + " is both a key and a section");
        }
    }

    @Test
    void theDefaultsPassEveryCheckAndBuildModelParameters() {
        ResolvedScenario defaults = ScenarioReader.defaults();
        ModelParameters p = ParametersBuilder.build(defaults);
        assertEquals(defaults.l("seed"), p.seed());
        assertEquals(DefaultTimetable.activities(), p.rlc().schedule());
    }
}
