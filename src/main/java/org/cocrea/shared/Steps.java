package org.cocrea.shared;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a long piece of work has come, in steps (sections drawn, commitments imported): the work
 * says how many there are and marks each one done; {@link BackgroundJobs} shows it as a progress
 * bar. Thread-safe: the work counts in its thread, pages read in theirs. Work run in the request
 * (a test, a caller that does not watch) takes a fresh one nobody reads.
 */
public class Steps {

    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();

    /** There are this many steps in all. */
    public void total(int steps) {
        total.set(Math.max(0, steps));
    }

    /** One more step is done. */
    public void step() {
        done.incrementAndGet();
    }

    public int done() {
        return Math.min(done.get(), total.get());
    }

    public int total() {
        return total.get();
    }
}
