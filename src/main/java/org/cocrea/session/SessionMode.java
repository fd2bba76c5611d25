package org.cocrea.session;

/** Where a session takes place: in a room (it needs a place) or online (it needs a link). */
public enum SessionMode {
    IN_PERSON,
    REMOTE
}
