package org.rlcsim.model;

import java.io.Serializable;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The participants split into {@link #COUNT} blocks (see {@link Shard}), and the threads that
 * work on them. Each block's random stream is seeded from the run's seed and the block's index.
 */
final class Shards implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Fixed, so that results do not depend on the number of threads or cores. */
    static final int COUNT = 32;

    final Shard[] all;
    private final int threads;
    private transient Crew crew;

    Shards(int people, long seed, int threads) {
        this.threads = Math.max(1, threads);
        all = new Shard[COUNT];
        for (int k = 0; k < COUNT; k++) {
            int from = (int) ((long) people * k / COUNT);
            int to = (int) ((long) people * (k + 1) / COUNT);
            int[] key = {(int) seed, (int) (seed >>> 32), k, 0x5eed};
            all[k] = new Shard(k, from, to, new Twister(key));
        }
    }

    /** Runs {@code work} on every block, in parallel when there are several threads. */
    void forEach(Consumer<Shard> work) {
        forEachTask(COUNT, k -> work.accept(all[k]));
    }

    /**
     * Runs {@code task} for 0 to {@code count - 1}, in parallel when there are several threads.
     * Each task must touch only data of its own, so that the order they run in does not matter.
     */
    void forEachTask(int count, IntConsumer task) {
        if (threads == 1) {
            for (int k = 0; k < count; k++) task.accept(k);
            return;
        }
        crew().run(task, count);
    }

    private Crew crew() {
        if (crew == null) crew = new Crew(threads - 1);
        return crew;
    }

    void close() {
        if (crew != null) crew.close();
        crew = null;
    }
}
