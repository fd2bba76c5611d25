package org.cocrea.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Long work that runs in the background while the page shows its progress (a report drawn, a plan
 * imported): each job runs once on the server's managed executor ({@link JobLauncher}), as the account
 * that asked ({@link JobRunner}), and belongs to that account's state: only the state's secretariat sees
 * its progress or fetches its result. Jobs are keyed by what they make ({@code kind} and a
 * {@code key} the feature derives from the content): whoever asks for the same thing while it runs,
 * or while its result is kept, shares that one run. A failed job is kept only to be told (a bundle
 * key, never a stack trace); asking again runs it anew.
 *
 * <p>The jobs live in this bean's memory, in this server instance only, at most
 * {@code cocrea.jobs.max} (default 50) at once; a finished job is forgotten {@code cocrea.jobs.keep}
 * (default {@code PT15M}) after it finished, and sooner when room is needed for a new one. When
 * every place holds a running job, a new one is refused ({@code jobs.busy}). See
 * docs/architecture.md for what that means on a cluster.
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());

    @Inject
    private JobLauncher launcher;

    @Inject
    private Clock clock;

    @Inject
    private JobRunner runner;

    @Inject
    @ConfigProperty(name = "cocrea.jobs.max", defaultValue = "50")
    int max;

    @Inject
    @ConfigProperty(name = "cocrea.jobs.keep", defaultValue = "PT15M")
    String keep;

    private Executor executor;
    private Duration kept;
    private final Map<String, Job> byId = new HashMap<>();
    private final Map<String, Job> byKey = new HashMap<>();
    private long launched;

    protected BackgroundJobs() {
        // for CDI
    }

    /** Outside the container (the registry's unit tests): work runs on that executor, as whoever the test says. */
    BackgroundJobs(Executor executor, Clock clock, int max, Duration keep) {
        this.executor = executor;
        this.clock = clock;
        this.max = max;
        this.kept = keep;
    }

    private Executor executor() {
        return executor != null ? executor : launcher::launch;
    }

    private Duration kept() {
        if (kept == null) {
            kept = Duration.parse(keep);
        }
        return kept;
    }

    /**
     * The job that makes this {@code kind}/{@code key} for that state's secretariat: the one running or
     * kept for it, or a new one that runs {@code work} in the background (its steps counted in the
     * {@link Steps} it is given; what it returns is the job's result). Refused to anyone but that
     * state's secretariat.
     */
    public synchronized JobStatus start(Caller caller, String kind, String key, long stateId, Function<Steps, ? extends Serializable> work) {
        caller.requireSecretariatOf(stateId);
        forgetExpired();
        String fullKey = fullKey(kind, stateId, key);
        Job existing = byKey.get(fullKey);
        if (existing != null && existing.state != JobStatus.State.FAILED) {
            existing.askedBy++;
            return existing.status();
        }
        if (existing != null) {
            forget(existing);
        }
        makeRoom();
        Job job = new Job(SecretTokens.newToken(), kind, fullKey, stateId);
        byId.put(job.id, job);
        byKey.put(fullKey, job);
        try {
            executor().execute(() -> run(job, caller.username(), work));
        } catch (RejectedExecutionException | jakarta.ejb.EJBException full) {
            LOG.log(Level.WARNING, "the executor took no background job", full);
            forget(job);
            throw new DomainException("jobs.busy");
        }
        launched++;
        return job.status();
    }

    /** Where a job stands, for its state's secretariat; a job of another kind, or forgotten, is not found. */
    public synchronized JobStatus status(Caller caller, String kind, String id) {
        return visible(caller, kind, id).status();
    }

    /** What a ready job made, for its state's secretariat; one still running or failed has nothing to fetch. */
    public synchronized Serializable result(Caller caller, String kind, String id) {
        Job job = visible(caller, kind, id);
        if (job.state != JobStatus.State.READY) {
            throw new DomainException("jobs.notReady");
        }
        return job.result;
    }

    /**
     * Whether that job (visible to the caller as {@link #status} says) makes this {@code kind}/{@code key}
     * of that state: false when the feature's key is another now (what the job made is stale).
     */
    public synchronized boolean makes(Caller caller, String kind, String id, long stateId, String key) {
        return visible(caller, kind, id).key.equals(fullKey(kind, stateId, key));
    }

    private static String fullKey(String kind, long stateId, String key) {
        return kind + "\n" + stateId + "\n" + key;
    }

    /** How many jobs this instance has launched since it started (every run, shared or not, counts once). */
    public synchronized long launched() {
        return launched;
    }

    private Job visible(Caller caller, String kind, String id) {
        forgetExpired();
        Job job = id == null ? null : byId.get(id);
        if (job == null || !job.kind.equals(kind)) {
            throw new NotFoundException();
        }
        caller.requireSecretariatOf(job.stateId);
        return job;
    }

    private void run(Job job, String username, Function<Steps, ? extends Serializable> work) {
        try {
            Serializable result = (Serializable) (runner == null ? work.apply(job.steps)
                    : runner.runAs(username, () -> work.apply(job.steps)));
            finish(job, JobStatus.State.READY, result, null, null);
        } catch (DomainException refused) {
            finish(job, JobStatus.State.FAILED, null, refused.messageKey(), Arrays.stream(refused.arguments())
                    .map(a -> a instanceof Serializable s ? s : String.valueOf(a)).toArray(Serializable[]::new));
        } catch (RuntimeException | Error failed) {
            LOG.log(Level.WARNING, "background job " + job.kind + " failed", failed);
            finish(job, JobStatus.State.FAILED, null, "jobs.failed", null);
        }
    }

    private synchronized void finish(Job job, JobStatus.State state, Serializable result, String messageKey, Serializable[] arguments) {
        job.result = result;
        job.messageKey = messageKey;
        job.arguments = arguments;
        job.finishedAt = clock.instant();
        job.state = state;
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        byId.values().stream()
                .filter(j -> j.finishedAt != null && !now.isBefore(j.finishedAt.plus(kept())))
                .toList()
                .forEach(this::forget);
    }

    /** At most {@code max} jobs: the one finished longest ago makes room; if all are running, no room. */
    private void makeRoom() {
        while (byId.size() >= max) {
            Job oldest = byId.values().stream().filter(j -> j.finishedAt != null)
                    .min(Comparator.comparing((Job j) -> j.finishedAt))
                    .orElseThrow(() -> new DomainException("jobs.busy"));
            forget(oldest);
        }
    }

    private void forget(Job job) {
        byId.remove(job.id);
        byKey.remove(job.key, job);
    }

    /** One job; its fields change under the registry's lock, its steps in the work's thread. */
    private static final class Job {
        final String id;
        final String kind;
        final String key;
        final long stateId;
        final Steps steps = new Steps();
        int askedBy = 1;
        JobStatus.State state = JobStatus.State.RUNNING;
        Serializable result;
        String messageKey;
        Serializable[] arguments;
        Instant finishedAt;

        Job(String id, String kind, String key, long stateId) {
            this.id = id;
            this.kind = kind;
            this.key = key;
            this.stateId = stateId;
        }

        JobStatus status() {
            return new JobStatus(id, state, steps.done(), steps.total(), askedBy, messageKey,
                    arguments == null ? null : arguments.clone());
        }
    }
}
