package org.rlcsim.model;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Threads that share out numbered tasks with the calling thread, for phases that run many times
 * a second. A model day has two parallel phases a fraction of a millisecond apart, so waking a
 * thread pool's parked workers each time (as a ForkJoinPool does) costs about as much as the work
 * itself. Workers here wait busily for a short while before parking, and the caller works too.
 * Which thread runs which task does not matter to the results: each task owns its data.
 */
final class Crew {
    /**
     * A few microseconds of busy waiting before a worker parks: long enough to bridge the gap
     * between handing out a phase and its tasks, short enough to leave the core to the JIT's
     * compiler threads and to the other thread during the serial steps between a day's parallel
     * phases. On this project's 2-core machine, against 2,000 spins (about 50 microseconds): a
     * cold 10,000-person run used 5% less CPU and was faster in 8 of 12 alternating rounds
     * (3.72 to 4.10 s against 3.85 to 4.30 s on average), and the warm model on two threads in 5
     * of 6; half a millisecond had made cold runs 0.15 s slower. Parking at once (0 spins) or
     * after 50 was as good cold but slower warm. The virtual cores may share a physical one, in
     * which case spinning also takes from the thread that works.
     */
    private static final int SPINS = 300;

    private final Thread[] workers;
    private final AtomicInteger nextTask = new AtomicInteger();
    private final AtomicInteger working = new AtomicInteger();
    private volatile IntConsumer task;
    private volatile int taskCount;
    private volatile int round;
    private volatile boolean closed;
    private volatile Thread caller;
    private volatile Throwable failure;

    /** @param helpers threads besides the caller's */
    Crew(int helpers) {
        workers = new Thread[helpers];
        for (int k = 0; k < helpers; k++) {
            Thread t = new Thread(this::work, "rlcsim-crew-" + k);
            t.setDaemon(true);
            workers[k] = t;
            t.start();
        }
    }

    /** Runs {@code task} for 0 to {@code count - 1}, spread over the crew and the caller; returns when all are done. */
    void run(IntConsumer task, int count) {
        this.task = task;
        this.taskCount = count;
        nextTask.set(0);
        working.set(workers.length);
        failure = null;
        caller = Thread.currentThread();
        round++; // publishes the fields above to the workers
        for (Thread w : workers) LockSupport.unpark(w);
        try {
            take(task, count);
        } finally {
            // On a busy machine a worker may not be running: wait busily only briefly.
            for (int spins = 0; working.get() > 0; spins++) {
                if (spins < SPINS) Thread.onSpinWait();
                else LockSupport.park(this);
            }
        }
        Throwable f = failure;
        if (f instanceof RuntimeException e) throw e;
        if (f instanceof Error e) throw e;
        if (f != null) throw new IllegalStateException(f);
    }

    private void take(IntConsumer task, int count) {
        for (int k = nextTask.getAndIncrement(); k < count; k = nextTask.getAndIncrement()) task.accept(k);
    }

    private void work() {
        int seen = 0;
        while (true) {
            int spins = 0;
            while (round == seen && !closed) {
                if (spins++ < SPINS) Thread.onSpinWait();
                else LockSupport.park(this);
            }
            if (closed) return;
            seen = round;
            try {
                take(task, taskCount);
            } catch (Throwable t) {
                failure = t;
            } finally {
                if (working.decrementAndGet() == 0) LockSupport.unpark(caller);
            }
        }
    }

    void close() {
        closed = true;
        for (Thread w : workers) LockSupport.unpark(w);
    }
}
