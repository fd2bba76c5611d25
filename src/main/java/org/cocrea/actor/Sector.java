package org.cocrea.actor;

/**
 * The sector an actor speaks for, as participation is reported (attendance by sector): derived
 * from the actor's type, so nobody types it twice.
 */
public enum Sector {
    GOVERNMENT,
    CIVIL_SOCIETY,
    ACADEMIA,
    PRIVATE_SECTOR,
    CITIZENS
}
