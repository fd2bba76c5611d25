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

    /**
     * Whether an account of this role may create, (de)activate and reset accounts of that role in
     * its own state: the platform administrator every role of a state (never another
     * administrator); the secretariat and the information institute the people they coordinate,
     * responsible actors and evaluators, never their peers nor a role above their own.
     */
    public boolean manages(Role other) {
        if (other == null || other == PLATFORM_ADMIN) {
            return false;
        }
        return this == PLATFORM_ADMIN || runsTheSecretariat() && (other == RESPONSIBLE_ACTOR || other == EVALUATOR);
    }

    /** Accounts of a state must name the state; only the platform administrator has none. */
    public boolean needsState() {
        return this != PLATFORM_ADMIN;
    }
}
