package org.cocrea.actor;

/** The kinds of local actors the methodology names. */
public enum ActorType {
    GOVERNMENT_AGENCY,
    INFORMATION_INSTITUTE,
    CSO,
    ACADEMIA,
    LEGISLATURE,
    JUDICIARY,
    PRIVATE_SECTOR,
    CITIZEN;

    public boolean isGovernment() {
        return this == GOVERNMENT_AGENCY || this == LEGISLATURE || this == JUDICIARY;
    }
}
