package org.rlcsim.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rlcsim.experiment.BatchProgress;

/** A batch's progress on a terminal: a bar redrawn in place, runs done of all, elapsed time and time left. */
final class ProgressBarDisplay implements BatchProgress {
    /** Columns used: fits a default terminal; the width is not asked of the terminal, which Java cannot see. */
    private static final int WIDTH = 79;
    private final PrintWriter err;
    private final AtomicReference<ProgressBar> bar = new AtomicReference<>();

    ProgressBarDisplay(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void started(int runs, int alreadyDone) {
        bar.set(new ProgressBarBuilder()
                .setTaskName("runs")
                .setInitialMax(runs)
                .startsFrom(alreadyDone, Duration.ZERO)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .setConsumer(new DelegatingProgressBarConsumer(this::draw, WIDTH))
                .build());
    }

    /** Called on the bar's own thread; one print, so a line is never interleaved with another. */
    private void draw(String line) {
        err.print("\r" + line);
        err.flush();
    }

    @Override
    public void runDone() {
        ProgressBar b = bar.get();
        if (b != null) b.step();
    }

    /**
     * Draws the bar a last time and ends its line. Holds no lock while closing: the bar waits for
     * its own thread to draw, and drawing must not wait for us.
     */
    @Override
    public void finished() {
        ProgressBar b = bar.getAndSet(null);
        if (b == null) return;
        b.close();
        err.println();
        err.flush();
    }
}
