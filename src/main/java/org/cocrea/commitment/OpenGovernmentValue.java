package org.cocrea.commitment;

/** The open-government values a commitment may be relevant to (OGP), plus the two the methodology adds. */
public enum OpenGovernmentValue {
    TRANSPARENCY,
    CITIZEN_PARTICIPATION,
    PUBLIC_ACCOUNTABILITY,
    TECHNOLOGY_AND_INNOVATION,
    INCLUSION
}
