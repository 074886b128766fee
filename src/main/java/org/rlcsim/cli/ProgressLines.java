package org.rlcsim.cli;

import java.io.PrintWriter;
import org.rlcsim.experiment.BatchProgress;

/**
 * A batch's progress where stderr is not a terminal (a log, a CI job): a plain line each time
 * another tenth of the runs is done, or a run ends more than 5 s after the last line; never a
 * redrawn bar.
 */
final class ProgressLines implements BatchProgress {
    private static final long EVERY_NANOS = 5_000_000_000L;
    private final PrintWriter err;
    private int runs;
    private int alreadyDone;
    private int done;
    private long start;
    private long lastLine;

    ProgressLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void started(int runs, int alreadyDone) {
        this.runs = runs;
        this.alreadyDone = alreadyDone;
        this.done = alreadyDone;
        start = lastLine = System.nanoTime();
        if (alreadyDone > 0) line("rlcsim: resuming: " + alreadyDone + " of " + runs + " runs were done");
    }

    @Override
    public synchronized void runDone() {
        done++;
        long now = System.nanoTime();
        boolean newTenth = done * 10L / runs > (done - 1) * 10L / runs;
        if (!newTenth && now - lastLine < EVERY_NANOS) return;
        lastLine = now;
        double elapsed = (now - start) / 1e9;
        double left = elapsed / (done - alreadyDone) * (runs - done);
        line(String.format("rlcsim: %d/%d runs done, %.0f s elapsed%s", done, runs, elapsed,
                done < runs ? String.format(", about %.0f s left", left) : ""));
    }

    @Override
    public void finished() {}

    private void line(String s) {
        err.println(s);
        err.flush();
    }
}
