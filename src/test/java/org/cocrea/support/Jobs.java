package org.cocrea.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cocrea.shared.JobStatus;

/** Waiting on a background job in an in-container test, as the page's poll does. */
public final class Jobs {

    private Jobs() {
    }

    /** Every status seen of the job, from the one it started with until it finished; at most a minute. */
    public static List<JobStatus> untilFinished(JobStatus started, Function<String, JobStatus> statusOf) throws InterruptedException {
        List<JobStatus> seen = new ArrayList<>(List.of(started));
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (seen.get(seen.size() - 1).isRunning()) {
            assertThat(System.nanoTime()).as("the job is still running after a minute").isLessThan(deadline);
            Thread.sleep(100); // the job runs on the server's executor meanwhile
            seen.add(statusOf.apply(started.id()));
        }
        return seen;
    }
}
