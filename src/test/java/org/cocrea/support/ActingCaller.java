package org.cocrea.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import org.cocrea.account.Caller;
import org.cocrea.account.CurrentCaller;

/**
 * In-container tests act as a given account: this replaces only where the caller's name comes
 * from (Jakarta Security's principal in production). The account is still read from the
 * database, and every role and state rule in the services runs unchanged.
 */
@Alternative
@Priority(100)
@RequestScoped
public class ActingCaller extends CurrentCaller {

    private static volatile String username;

    /** From now on, services see this account; null means the anonymous public. */
    public static void actAs(String name) {
        username = name;
    }

    public static void actAsPublic() {
        username = null;
    }

    @Override
    public Caller get() {
        String name = username;
        return name == null ? Caller.ANONYMOUS : byUsername(name);
    }
}
