package org.cocrea.plan;

/** The six phases of the methodology, in order. */
public enum Phase {
    IDENTIFICATION,
    TRAINING,
    CO_CREATION,
    FOLLOW_UP,
    EVALUATION,
    SYSTEMATIZATION;

    public int number() {
        return ordinal() + 1;
    }
}
