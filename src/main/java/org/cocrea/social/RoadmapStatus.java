package org.cocrea.social;

/** Where one part of a roadmap stands. */
public enum RoadmapStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
