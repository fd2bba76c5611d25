package org.cocrea.treasurehunt;

/** Where a recommendation to an authority stands. */
public enum RecommendationStatus {
    PENDING, IN_PROGRESS, IMPLEMENTED, REJECTED
}
