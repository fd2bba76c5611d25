package org.cocrea.milestone;

/** The two parties whose sign-off verifies a milestone. */
public enum SignOffParty {
    GOVERNMENT_LEAD,
    CSO_CO_RESPONSIBLE
}
