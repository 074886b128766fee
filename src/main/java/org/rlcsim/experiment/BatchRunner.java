package org.rlcsim.experiment;

import java.io.IOException;
import java.util.PrimitiveIterator;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a batch's runs side by side on a fixed number of threads, one model thread each. Runs share
 * nothing: each builds its own model from its point's parameters and its own seed and writes its
 * own part files, so results depend neither on the number of threads nor on the order runs finish.
 */
final class BatchRunner {
    /** Runs queued per thread: enough to keep threads busy, few enough that memory does not grow with the runs. */
    private static final int QUEUED_PER_THREAD = 2;

    private BatchRunner() {}

    /** @param runs the runs to do, in order */
    static void run(Experiment experiment, PrimitiveIterator.OfInt runs, BatchFolder folder, int threads,
                    BatchProgress progress) throws IOException, InterruptedException {
        AtomicInteger next = new AtomicInteger();
        // A fork-join pool rather than a plain fixed pool: the metrics a run computes every week
        // split into parallel tasks, which then stay among these threads instead of adding the
        // common pool's, so --threads N keeps N cores busy and no run waits on a starved helper.
        ExecutorService pool = new ForkJoinPool(threads, p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("rlcsim-run-" + next.getAndIncrement());
            return t;
        }, null, false);
        CompletionService<Void> done = new ExecutorCompletionService<>(pool);
        try {
            int inFlight = 0;
            while (runs.hasNext() || inFlight > 0) {
                while (runs.hasNext() && inFlight < threads * QUEUED_PER_THREAD) {
                    int run = runs.nextInt();
                    done.submit(() -> {
                        RunPart.run(experiment, run, folder);
                        progress.runDone();
                        return null;
                    });
                    inFlight++;
                }
                done.take().get();
                inFlight--;
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            // Runs not started are dropped; runs under way finish their parts (a model does not
            // stop half-way), so nothing keeps writing into the folder after this returns.
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.DAYS);
        }
    }
}
