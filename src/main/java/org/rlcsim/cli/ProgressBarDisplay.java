package org.rlcsim.cli;

import java.io.PrintWriter;
import java.time.Duration;
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
    private ProgressBar bar;

    ProgressBarDisplay(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void started(int runs, int alreadyDone) {
        bar = new ProgressBarBuilder()
                .setTaskName("runs")
                .setInitialMax(runs)
                .startsFrom(alreadyDone, Duration.ZERO)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .setConsumer(new DelegatingProgressBarConsumer(this::draw, WIDTH))
                .build();
    }

    private synchronized void draw(String line) {
        err.print('\r');
        err.print(line);
        err.flush();
    }

    @Override
    public void runDone() {
        ProgressBar b;
        synchronized (this) {
            b = bar;
        }
        if (b != null) b.step();
    }

    @Override
    public void finished() {
        ProgressBar done;
        synchronized (this) {
            done = bar;
            bar = null;
        }
        if (done == null) return;
        // Not while holding the lock: closing waits for the bar's last redraw, which takes it.
        done.close();
        synchronized (this) {
            err.println();
            err.flush();
        }
    }
}
