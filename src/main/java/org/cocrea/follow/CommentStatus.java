package org.cocrea.follow;

/** Where a public comment stands: held for the secretariat, shown, or refused with a reason. */
public enum CommentStatus {
    PENDING,
    APPROVED,
    REJECTED
}
