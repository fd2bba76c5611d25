package org.cocrea.evaluation;

/** IRM "did it open government?", lowest first; Major and Outstanding are strong early results. */
public enum OpenedGovernment {
    WORSENED,
    DID_NOT_CHANGE,
    MARGINAL,
    MAJOR,
    OUTSTANDING;

    public boolean isStrongEarlyResult() {
        return this == MAJOR || this == OUTSTANDING;
    }
}
