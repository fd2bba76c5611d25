package org.cocrea.plan;

/** A plan is prepared by the secretariat, then published for everyone to follow, then closed. */
public enum PlanStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
