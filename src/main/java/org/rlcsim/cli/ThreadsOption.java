package org.rlcsim.cli;

import picocli.CommandLine.Option;

/** {@code --threads N}, shared by the commands that run the model: checked, and all cores unless the command says otherwise. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
            description = "Threads to use (default: all cores; a single run of fewer than 5,000 people uses one). "
                    + "Results do not depend on the number.")
    Integer threads;

    /** The threads to use; bad input if fewer than one was asked for. */
    int resolve() throws Failures.BadInput {
        return resolve(Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #resolve()}, with {@code byDefault} threads when none were asked for. */
    int resolve(int byDefault) throws Failures.BadInput {
        check();
        return threads != null ? threads : byDefault;
    }

    /** Bad input if fewer than one thread was asked for. */
    void check() throws Failures.BadInput {
        if (threads != null && threads < 1) throw new Failures.BadInput("--threads: must be 1 or more, got " + threads);
    }
}
