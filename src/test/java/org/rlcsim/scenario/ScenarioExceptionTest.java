package org.rlcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScenarioExceptionTest {

    @Test
    void namesFileLineAndField() {
        var e = new ScenarioException("baseline.yaml", 7, "rlc.atmosphere.openness", "7 is out of range (0 to 1)");
        assertEquals("baseline.yaml:7: rlc.atmosphere.openness: 7 is out of range (0 to 1)", e.getMessage());
        assertEquals("baseline.yaml", e.file());
        assertEquals(7, e.line());
        assertEquals("rlc.atmosphere.openness", e.field());
        assertEquals("7 is out of range (0 to 1)", e.problem());
    }

    @Test
    void leavesOutAMissingLineAndField() {
        assertEquals("empty.yaml: the file is empty", new ScenarioException("empty.yaml", 0, null, "the file is empty").getMessage());
        assertEquals("--set: dayz: unknown key", new ScenarioException("--set", 0, "dayz", "unknown key").getMessage());
    }

    @Test
    void staysOnOneLine() {
        var e = new ScenarioException("a.yaml", 2, "name", "got 'two\nlines'\r\n");
        assertEquals("a.yaml:2: name: got 'two lines'", e.getMessage());
    }

    @Test
    void printsAsItsMessage() {
        var e = new ScenarioException("a.yaml", 1, "days", "expected a whole number, got 'many'");
        assertEquals(e.getMessage(), e.toString());
    }
}
