package org.cocrea.actor;

/** A person's gender, where it was recorded (participation is reported by gender). */
public enum Gender {
    WOMAN,
    MAN,
    NON_BINARY,
    PREFERS_NOT_TO_SAY
}
