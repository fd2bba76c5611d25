package org.cocrea.evaluation;

/** IRM completion, lowest first ("no evidence available" below "not started" on the ordinal scale). */
public enum Completion {
    NO_EVIDENCE,
    NOT_STARTED,
    LIMITED,
    SUBSTANTIAL,
    COMPLETE
}
