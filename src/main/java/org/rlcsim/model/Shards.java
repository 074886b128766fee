package org.rlcsim.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.function.Consumer;

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
            all[k] = new Shard(k, from, to, new MersenneTwisterFast(key));
        }
    }

    /** Runs {@code work} on every block, in parallel when there are several threads. */
    void forEach(Consumer<Shard> work) {
        if (threads == 1) {
            for (Shard s : all) work.accept(s);
            return;
        }
        if (crew == null) crew = new Crew(threads - 1);
        crew.run(k -> work.accept(all[k]), COUNT);
    }

    void close() {
        if (crew != null) crew.close();
        crew = null;
    }
}
