package org.cocrea.systematization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import org.cocrea.audit.AuditTrail;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.BackgroundJobs;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.JobStatus;
import org.cocrea.shared.Records;

/**
 * The report of a plan generated in the background ({@link BackgroundJobs}), for the secretariat of
 * its state: the page shows its progress and offers the PDF when it is ready. A job is keyed by the
 * plan, the language, today in the plan's state and the newest entry of the state's audit trail: two
 * people who ask for the same report while nothing changed share one generation; after any change
 * (a lesson, the foreword, a report) the next request draws the report anew.
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
    private Clock clock;

    /** The generation of that report, running or ready: the one already asked for, or a new one. */
    public JobStatus start(long planId, Locale locale) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        long stateId = plan.getState().getId();
        caller.requireSecretariatOf(stateId);
        String key = planId + "/" + locale.getLanguage() + "/" + plan.today(clock) + "/" + audit.lastEntryOf(stateId);
        return jobs.start(caller, KIND, key, stateId, steps -> reports.generate(planId, locale, steps));
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
