package org.cocrea.social;

/** How far an accepted recommendation was carried out. */
public enum FollowUpStatus {
    NOT_STARTED,
    IN_PROGRESS,
    IMPLEMENTED,
    NOT_IMPLEMENTED
}
