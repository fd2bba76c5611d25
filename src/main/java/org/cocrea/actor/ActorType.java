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

    /** The information institute is a public body: it counts with government in participation figures. */
    public Sector sector() {
        return switch (this) {
            case GOVERNMENT_AGENCY, INFORMATION_INSTITUTE, LEGISLATURE, JUDICIARY -> Sector.GOVERNMENT;
            case CSO -> Sector.CIVIL_SOCIETY;
            case ACADEMIA -> Sector.ACADEMIA;
            case PRIVATE_SECTOR -> Sector.PRIVATE_SECTOR;
            case CITIZEN -> Sector.CITIZENS;
        };
    }
}
