package org.rlcsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How many threads one run uses when none were asked for. */
class SingleRunTest {

    @Test
    void oneThreadPer2500PeopleAtLeastOneAtMostAllCores() {
        assertEquals(1, SingleRun.threadsFor(1, 2));
        assertEquals(1, SingleRun.threadsFor(1_000, 2));
        assertEquals(1, SingleRun.threadsFor(4_999, 2));
        assertEquals(2, SingleRun.threadsFor(5_000, 2));
        assertEquals(2, SingleRun.threadsFor(10_000, 2));
        assertEquals(2, SingleRun.threadsFor(100_000, 2));
        assertEquals(4, SingleRun.threadsFor(10_000, 16));
        assertEquals(16, SingleRun.threadsFor(100_000, 16));
        assertEquals(1, SingleRun.threadsFor(100_000, 1));
    }
}
