package org.cocrea.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The registry alone: its work waits in a queue the test runs, its clock moves when the test says. */
class BackgroundJobsTest {

    private static final long STATE = 7;
    private static final Caller SECRETARIAT = new Caller(1L, "stl", Role.SECRETARIAT, STATE, null, null, Dates.DEFAULT_ZONE);
    private static final Caller OTHER_STATE = new Caller(2L, "stl8", Role.SECRETARIAT, 8L, null, null, Dates.DEFAULT_ZONE);
    private static final Caller ACTOR = new Caller(3L, "osc", Role.RESPONSIBLE_ACTOR, STATE, 4L, "CSO", Dates.DEFAULT_ZONE);

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-06-15T18:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final MovingClock clock = new MovingClock();
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor queue = queued::add;
    private final BackgroundJobs jobs = new BackgroundJobs(queue, clock, 3, Duration.ofMinutes(10));
    private int runs;

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    private Function<Steps, Serializable> work(String made) {
        return steps -> {
            runs++;
            steps.total(4);
            steps.step();
            steps.step();
            return made;
        };
    }

    @Test
    void theSameKeyAskedTwiceRunsOnceAndBothSeeItsProgressAndResult() {
        JobStatus first = jobs.start(SECRETARIAT, "report", "plan 1 es", STATE, work("pdf"));
        JobStatus second = jobs.start(SECRETARIAT, "report", "plan 1 es", STATE, work("another pdf"));
        assertEquals(first.id(), second.id());
        assertThat(second.askedBy()).isEqualTo(2);
        assertThat(first.isRunning()).isTrue();
        assertThat(first.percent()).isZero();
        assertThat(jobs.launched()).isEqualTo(1);
        assertThrows(DomainException.class, () -> jobs.result(SECRETARIAT, "report", first.id()));

        runQueued();
        assertThat(runs).isEqualTo(1);
        JobStatus done = jobs.status(SECRETARIAT, "report", first.id());
        assertThat(done.isReady()).isTrue();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.done()).isEqualTo(2);
        assertThat(jobs.result(SECRETARIAT, "report", first.id())).isEqualTo("pdf");
        // kept while fresh: asking again shares the made result
        assertEquals(first.id(), jobs.start(SECRETARIAT, "report", "plan 1 es", STATE, work("x")).id());
        // another key, kind or state is another job
        assertThat(jobs.start(SECRETARIAT, "report", "plan 1 en", STATE, work("en")).id()).isNotEqualTo(first.id());
        assertThat(jobs.launched()).isEqualTo(2);
    }

    @Test
    void progressIsCountedWhileTheWorkRuns() {
        List<JobStatus> seen = new ArrayList<>();
        JobStatus[] started = new JobStatus[1];
        started[0] = jobs.start(SECRETARIAT, "import", "file", STATE, steps -> {
            steps.total(3);
            for (int i = 0; i < 3; i++) {
                seen.add(jobs.status(SECRETARIAT, "import", started[0].id()));
                steps.step();
            }
            return "imported";
        });
        runQueued();
        assertThat(seen).extracting(JobStatus::percent).containsExactly(0, 33, 66);
        assertThat(jobs.status(SECRETARIAT, "import", started[0].id()).percent()).isEqualTo(100);
    }

    @Test
    void onlyTheStatesSecretariatSeesOrFetchesAJobAndOnlyAsItsKind() {
        JobStatus job = jobs.start(SECRETARIAT, "report", "k", STATE, work("pdf"));
        runQueued();
        for (Caller outsider : List.of(OTHER_STATE, ACTOR, Caller.ANONYMOUS)) {
            assertThrows(AccessDeniedException.class, () -> jobs.status(outsider, "report", job.id()));
            assertThrows(AccessDeniedException.class, () -> jobs.result(outsider, "report", job.id()));
            assertThrows(AccessDeniedException.class, () -> jobs.start(outsider, "report", "k", STATE, work("x")));
        }
        assertThrows(NotFoundException.class, () -> jobs.result(SECRETARIAT, "import", job.id()));
        assertThrows(NotFoundException.class, () -> jobs.status(SECRETARIAT, "report", "made-up"));
        assertThat(jobs.launched()).isEqualTo(1);
    }

    @Test
    void aFailureIsABundleKeyAndAskingAgainRunsAnew() {
        JobStatus refused = jobs.start(SECRETARIAT, "import", "file", STATE, steps -> {
            throw new DomainException("import.refused", 2);
        });
        runQueued();
        JobStatus status = jobs.status(SECRETARIAT, "import", refused.id());
        assertThat(status.isFailed()).isTrue();
        assertThat(status.messageKey()).isEqualTo("import.refused");
        assertThat(status.messageArguments()).containsExactly(2);
        assertThrows(DomainException.class, () -> jobs.result(SECRETARIAT, "import", refused.id()));

        JobStatus broken = jobs.start(SECRETARIAT, "report", "k", STATE, steps -> {
            throw new IllegalStateException("a bug, with its stack trace");
        });
        runQueued();
        JobStatus told = jobs.status(SECRETARIAT, "report", broken.id());
        assertThat(told.messageKey()).isEqualTo("jobs.failed");
        assertThat(told.messageArguments()).isEmpty();

        JobStatus again = jobs.start(SECRETARIAT, "import", "file", STATE, work("imported"));
        assertThat(again.id()).isNotEqualTo(refused.id());
        runQueued();
        assertThat(jobs.result(SECRETARIAT, "import", again.id())).isEqualTo("imported");
        assertThrows(NotFoundException.class, () -> jobs.status(SECRETARIAT, "import", refused.id()));
    }

    @Test
    void aFinishedJobIsForgottenOnceItsTimeIsUpAndARunningOneNever() {
        JobStatus finished = jobs.start(SECRETARIAT, "report", "a", STATE, work("pdf"));
        runQueued();
        JobStatus running = jobs.start(SECRETARIAT, "report", "b", STATE, work("pdf"));
        clock.advance(Duration.ofMinutes(9));
        assertThat(jobs.status(SECRETARIAT, "report", finished.id()).isReady()).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThrows(NotFoundException.class, () -> jobs.status(SECRETARIAT, "report", finished.id()));
        assertThat(jobs.status(SECRETARIAT, "report", running.id()).isRunning()).isTrue();
        // the same key after expiry runs anew
        assertThat(jobs.start(SECRETARIAT, "report", "a", STATE, work("pdf")).id()).isNotEqualTo(finished.id());
        assertThat(jobs.launched()).isEqualTo(3);
    }

    @Test
    void atMostMaxJobsTheOldestFinishedMakesRoomAndWhenAllRunANewOneIsRefused() {
        JobStatus oldest = jobs.start(SECRETARIAT, "report", "1", STATE, work("1"));
        runQueued();
        clock.advance(Duration.ofSeconds(1));
        JobStatus newer = jobs.start(SECRETARIAT, "report", "2", STATE, work("2"));
        runQueued();
        jobs.start(SECRETARIAT, "report", "3", STATE, work("3"));
        jobs.start(SECRETARIAT, "report", "4", STATE, work("4")); // room made by the oldest finished
        assertThrows(NotFoundException.class, () -> jobs.status(SECRETARIAT, "report", oldest.id()));
        assertThat(jobs.status(SECRETARIAT, "report", newer.id()).isReady()).isTrue();
        jobs.start(SECRETARIAT, "report", "5", STATE, work("5")); // and by the next
        DomainException busy = assertThrows(DomainException.class,
                () -> jobs.start(SECRETARIAT, "report", "6", STATE, work("6")));
        assertEquals("jobs.busy", busy.messageKey());
        assertThat(queued).hasSize(3);
        assertThat(jobs.launched()).isEqualTo(5);
    }
}
