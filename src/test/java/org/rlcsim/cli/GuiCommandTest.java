package org.rlcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rlcsim.cli.CommandLineTest.rlcsim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlcsim.cli.CommandLineTest.Outcome;

/**
 * {@code rlcsim gui}'s bad input, checked before any window opens: one line, exit status 2,
 * nothing written or replaced. Runs without a display (the snapshots themselves are in
 * {@code ConsoleGuiTest}).
 */
class GuiCommandTest {
    private static final String LESSON = "scenarios/lessons/1-an-rlc-opens.yaml";

    @TempDir
    Path tmp;

    private static void assertBadInput(Outcome o, String expected) {
        assertEquals(2, o.status(), o.err());
        assertEquals(1, o.err().lines().count(), "one line: " + o.err());
        assertTrue(o.err().startsWith("rlcsim: ") && o.err().contains(expected), o.err());
    }

    @Test
    void aMissingScenarioIsBadInput() {
        assertBadInput(rlcsim("gui", tmp.resolve("nope.yaml").toString(), "--steps", "5", "--snapshot",
                tmp.resolve("a.png").toString()), "nope.yaml: no such file");
        assertFalse(Files.exists(tmp.resolve("a.png")));
    }

    @Test
    void stepsMustBeAWholeNumberNotBelowZero() {
        Path png = tmp.resolve("a.png");
        assertBadInput(rlcsim("gui", LESSON, "--steps", "-3", "--snapshot", png.toString()), "--steps: must be 0 or more");
        assertBadInput(rlcsim("gui", LESSON, "--steps", "ten", "--snapshot", png.toString()), "--steps");
        assertBadInput(rlcsim("gui", LESSON, "--steps", "5"), "--steps: only with --snapshot");
        assertBadInput(rlcsim("gui", LESSON, "--charts", tmp.toString()), "--charts: only with --snapshot");
        assertFalse(Files.exists(png));
    }

    @Test
    void anExistingSnapshotOrChartsFolderIsNotReplacedWithoutForce() throws IOException {
        Path png = Files.writeString(tmp.resolve("net.png"), "keep me");
        assertBadInput(rlcsim("gui", LESSON, "--steps", "5", "--snapshot", png.toString()),
                "already exists; choose another --snapshot or add --force");
        assertEquals("keep me", Files.readString(png));
        Path charts = Files.createDirectories(tmp.resolve("charts"));
        Files.writeString(charts.resolve("old.png"), "old");
        assertBadInput(rlcsim("gui", LESSON, "--steps", "5", "--snapshot", tmp.resolve("b.png").toString(),
                "--charts", charts.toString()), "already holds results");
        assertEquals("old", Files.readString(charts.resolve("old.png")));
        assertBadInput(rlcsim("gui", LESSON, "--snapshot", tmp.resolve("c.txt").toString()), "must be a .png file");
    }

    @Test
    void aBadScenarioValueIsReportedBeforeLookingForADisplay() {
        assertBadInput(rlcsim("gui", LESSON, "--set", "population.participants=0"), "population.participants");
    }

    @Test
    void withoutADisplayItSaysHowToGetOne() {
        assertBadInput(rlcsim("gui", LESSON, "--steps", "5", "--snapshot", tmp.resolve("a.png").toString()),
                "no display");
        assertFalse(Files.exists(tmp.resolve("a.png")));
    }
}
