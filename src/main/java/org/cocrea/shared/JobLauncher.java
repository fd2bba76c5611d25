package org.cocrea.shared;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;

/**
 * Hands a background job to the container's {@link ManagedExecutorService} from an invocation of its
 * own. Why an enterprise bean: the executor runs a task with a copy of the submitting component's
 * invocation, and Payara's copy shares that invocation's registry of non-transactional entity managers;
 * submitted straight from a page's request, the job and the request would use, and close, each other's
 * entity managers. Submitted from here, the copy is of this call's fresh invocation, which holds none.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobLauncher {

    @Resource
    private ManagedExecutorService executor;

    /** Runs the task on the executor; refused (RejectedExecutionException) when it takes no more. */
    public void launch(Runnable task) {
        executor.execute(task);
    }
}
