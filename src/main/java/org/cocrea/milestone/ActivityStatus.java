package org.cocrea.milestone;

/** Where an activity of a milestone stands: Pendiente → En proceso → Hecha (issue 13). */
public enum ActivityStatus {
    PENDING,
    IN_PROGRESS,
    DONE;

    public boolean isDone() {
        return this == DONE;
    }
}
