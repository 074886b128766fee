package org.rlcsim.experiment;

import java.io.IOException;
import java.util.PrimitiveIterator;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        // Each run's model works on one thread, its weekly metrics included (GroupMetrics), so
        // --threads N keeps N cores busy with N runs.
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "rlcsim-run-" + next.getAndIncrement()));
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
