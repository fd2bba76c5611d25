package org.cocrea.assistance;

/** Where the administrator's follow-up of an assistance request is. */
public enum AssistanceStatus {
    NEW,
    IN_CONTACT,
    ASSISTED,
    CLOSED
}
