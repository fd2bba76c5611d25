package org.cocrea.milestone;

/** Por iniciar → En proceso → Completo → Verificado. */
public enum MilestoneStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETE,
    VERIFIED;

    /** The moves the secretariat may make by hand. Verified is reached only through both sign-offs. */
    public boolean canMoveTo(MilestoneStatus next) {
        return switch (this) {
            case NOT_STARTED -> next == IN_PROGRESS;
            case IN_PROGRESS -> next == COMPLETE || next == NOT_STARTED;
            case COMPLETE -> next == IN_PROGRESS; // reopened: the evidence did not hold up
            case VERIFIED -> false;
        };
    }

    public boolean isDone() {
        return this == COMPLETE || this == VERIFIED;
    }
}
