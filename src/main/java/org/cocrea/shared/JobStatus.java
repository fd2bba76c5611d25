package org.cocrea.shared;

import java.io.Serializable;

/**
 * What a page shows of a background job ({@link BackgroundJobs}) at one moment: running with its
 * steps done out of their total, ready (its result can be fetched), or failed with the bundle key
 * (and arguments) of why, never an exception. {@code askedBy}: how many requests share this one run.
 */
public record JobStatus(String id, State state, int done, int total, int askedBy, String messageKey, Serializable[] arguments)
        implements Serializable {

    public enum State { RUNNING, READY, FAILED }

    /** Done steps as a whole percent of the total: 0 until the work said how many there are; 100 when ready. */
    public int percent() {
        if (state == State.READY) {
            return 100;
        }
        return total == 0 ? 0 : Math.min(100, done * 100 / total);
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public boolean isReady() {
        return state == State.READY;
    }

    public boolean isFailed() {
        return state == State.FAILED;
    }

    public Object[] messageArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
