package org.rlcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress of a batch on stderr: a bar on a terminal, plain lines elsewhere. */
class ProgressTest {

    @Test
    void theBarEndsAtAllRunsDoneWithoutWaitingForever() {
        StringWriter text = new StringWriter();
        ProgressBarDisplay bar = new ProgressBarDisplay(new PrintWriter(text));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            bar.started(4, 1);
            for (int i = 0; i < 3; i++) bar.runDone();
            bar.finished();
            bar.finished(); // again after a failure: harmless
        });
        String last = text.toString().substring(text.toString().lastIndexOf('\r') + 1);
        assertTrue(last.startsWith("runs 100%") && last.contains("4/4") && last.endsWith("\n"), last);
    }

    @Test
    void plainLinesAtEveryTenthOfTheRuns() {
        StringWriter text = new StringWriter();
        ProgressLines lines = new ProgressLines(new PrintWriter(text));
        lines.started(20, 0);
        for (int i = 0; i < 20; i++) lines.runDone();
        List<String> out = text.toString().lines().toList();
        assertEquals(10, out.size(), text.toString());
        assertTrue(out.get(0).startsWith("rlcsim: 2/20 runs done, ") && out.get(0).contains("left"), out.get(0));
        assertTrue(out.get(9).startsWith("rlcsim: 20/20 runs done, ") && !out.get(9).contains("left"), out.get(9));
    }

    @Test
    void aResumedBatchSaysHowManyRunsWereDone() {
        StringWriter text = new StringWriter();
        ProgressLines lines = new ProgressLines(new PrintWriter(text));
        lines.started(10, 7);
        assertEquals("rlcsim: resuming: 7 of 10 runs were done", text.toString().lines().findFirst().orElse(""));
    }
}
