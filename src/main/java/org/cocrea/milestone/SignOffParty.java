package org.cocrea.milestone;

/**
 * The parties whose sign-off verifies a milestone: the government lead and a CSO co-responsible, and
 * the information institute where its state says so ({@link Milestone#requiredParties()}).
 */
public enum SignOffParty {
    GOVERNMENT_LEAD,
    CSO_CO_RESPONSIBLE,
    INFORMATION_INSTITUTE
}
