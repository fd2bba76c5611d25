package org.cocrea.social;

/** A decision maker's answer to a recommendation. */
public enum AnswerKind {
    ACCEPTED,
    PARTLY_ACCEPTED,
    REJECTED
}
