package org.cocrea.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs a background job's work as the account that asked for it: a request context of its own (the
 * executor's thread has none) in which {@link CurrentCaller} is that account, read again from the
 * database (one deactivated meanwhile is the anonymous public, and the services refuse it). The
 * work's services open their own transactions, as in a request.
 */
@ApplicationScoped
public class JobRunner {

    @Inject
    private CurrentCaller currentCaller;

    @ActivateRequestContext
    public Object runAs(String username, Supplier<Object> work) {
        currentCaller.assume(username);
        return work.get();
    }
}
