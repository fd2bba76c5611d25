package org.cocrea.social;

/** Where a complaint stands: received, channelled to an authority, answered, closed (in that order, never back). */
public enum ComplaintStatus {
    RECEIVED,
    CHANNELLED,
    ANSWERED,
    CLOSED
}
