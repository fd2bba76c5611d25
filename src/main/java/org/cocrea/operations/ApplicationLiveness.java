package org.cocrea.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless threads are deadlocked: then only a restart helps ({@code /health/live}). The
 * database is not part of it: a MariaDB restart makes the application unready, not dead. The heap
 * in use is reported beside it.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return HealthCheckResponse.named("application")
                .status(deadlocked == null)
                .withData("deadlockedThreads", deadlocked == null ? 0 : deadlocked.length)
                .withData("heapUsedMiB", heap.getUsed() >> 20)
                .withData("heapMaxMiB", heap.getMax() >> 20)
                .build();
    }
}
