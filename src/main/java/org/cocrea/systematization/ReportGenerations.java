package org.cocrea.systematization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import org.cocrea.audit.AuditTrail;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.BackgroundJobs;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.JobStatus;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * The report of a plan generated in the background ({@link BackgroundJobs}), for the secretariat of
 * its state: the page shows its progress and offers the PDF when it is ready. A job is keyed by the
 * plan, the language, today in the plan's state and the newest entry of the state's audit trail: two
 * people who ask for the same report while nothing changed share one generation; after any change
 * (a lesson, the foreword, a report) the next request draws the report anew.
 *
 * <p>The same key tells whether a ready generation still says what the records say: publishing
 * freezes the bytes of such a generation ({@link #current}), never those of one the records have
 * changed since, and never draws the report in the request.
 */
@ApplicationScoped
public class ReportGenerations {

    static final String KIND = "report";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ReportService reports;

    @Inject
    private BackgroundJobs jobs;

    @Inject
    private AuditTrail audit;

    @Inject
    private PlanService plans;

    @Inject
    private Clock clock;

    /**
     * The generation of that report, running or ready: the one already asked for, or a new one. The
     * phase-6 checklist's "report generated" ticks itself first (a change the report shows), so the
     * generation is keyed after it and stays current until something else changes.
     */
    public JobStatus start(long planId, Locale locale) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        long stateId = plan.getState().getId();
        caller.requireSecretariatOf(stateId);
        plans.tickFromRecords(planId, Phase.SYSTEMATIZATION, "REPORT_GENERATED");
        return jobs.start(caller, KIND, key(plan, locale), stateId, steps -> reports.generate(planId, locale, steps));
    }

    /**
     * The PDF of the ready generation {@code jobId} of that plan's report in that language, only while
     * it says what the records say now (for {@link ReportService#publish}): none asked for, or one
     * forgotten or failed, is refused ({@code report.publish.generateFirst}), one still running
     * ({@code jobs.notReady}), one of another plan or language or drawn before the records changed
     * ({@code report.publish.stale}); each beside the Publish button.
     */
    public byte[] current(ActionPlan plan, Locale locale, String jobId) {
        Caller caller = currentCaller.get();
        long stateId = plan.getState().getId();
        caller.requireSecretariatOf(stateId);
        if (jobId == null) {
            throw DomainException.onField("publish", "report.publish.generateFirst");
        }
        try {
            if (!jobs.makes(caller, KIND, jobId, stateId, key(plan, locale))) {
                throw DomainException.onField("publish", "report.publish.stale");
            }
            JobStatus status = jobs.status(caller, KIND, jobId);
            if (!status.isReady()) {
                throw DomainException.onField("publish", status.isFailed() ? "report.publish.generateFirst" : "jobs.notReady");
            }
            return (byte[]) jobs.result(caller, KIND, jobId);
        } catch (NotFoundException forgotten) {
            throw DomainException.onField("publish", "report.publish.generateFirst");
        }
    }

    /** What the report says depends on: the plan, the language, today in its state and the state's newest audit entry. */
    private String key(ActionPlan plan, Locale locale) {
        return plan.getId() + "/" + locale.getLanguage() + "/" + plan.today(clock) + "/" + audit.lastEntryOf(plan.getState().getId());
    }

    /** Where a generation stands, for the secretariat of its state. */
    public JobStatus status(String jobId) {
        return jobs.status(currentCaller.get(), KIND, jobId);
    }

    /** The PDF of a ready generation, for the secretariat of its state. */
    public byte[] pdf(String jobId) {
        return (byte[]) jobs.result(currentCaller.get(), KIND, jobId);
    }
}
