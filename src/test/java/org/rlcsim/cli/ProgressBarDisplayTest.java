package org.rlcsim.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The terminal progress bar: drawn, then closed without hanging the batch. */
class ProgressBarDisplayTest {

    @Test
    void finishingWhileTheBarRedrawsDoesNotHang() {
        StringWriter out = new StringWriter();
        ProgressBarDisplay display = new ProgressBarDisplay(new PrintWriter(out));
        // The bar redraws on its own thread every 250 ms; closing it waits for a last redraw.
        // Holding the display's lock while closing once hung every batch at its end.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int round = 0; round < 5; round++) {
                display.started(4, 1);
                for (int run = 0; run < 3; run++) display.runDone();
                Thread.sleep(300);
                display.finished();
            }
        });
        String drawn = out.toString();
        assertTrue(drawn.contains("4/4"), drawn);
    }
}
