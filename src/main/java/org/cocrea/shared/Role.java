package org.cocrea.shared;

/**
 * What an account may do (domain.md, "Who uses it"). The names are also the Jakarta Security
 * groups that web.xml constraints and the identity store use.
 */
public enum Role {
    PLATFORM_ADMIN,
    SECRETARIAT,
    INFORMATION_INSTITUTE,
    RESPONSIBLE_ACTOR,
    EVALUATOR;

    /** Members of the secretariat: the secretariat itself and the information institute (lead ally). */
    public boolean runsTheSecretariat() {
        return this == SECRETARIAT || this == INFORMATION_INSTITUTE;
    }

    /** Accounts of a state must name the state; only the platform administrator has none. */
    public boolean needsState() {
        return this != PLATFORM_ADMIN;
    }
}
