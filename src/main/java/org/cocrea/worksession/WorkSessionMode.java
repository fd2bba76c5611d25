package org.cocrea.worksession;

/** Where a session takes place: in a room (it needs a place) or online (it needs a link). */
public enum WorkSessionMode {
    IN_PERSON,
    REMOTE
}
