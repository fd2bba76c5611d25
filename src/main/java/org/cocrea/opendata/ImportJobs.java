package org.cocrea.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.actor.ActorType;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.BackgroundJobs;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.JobStatus;
import org.cocrea.shared.Records;
import org.cocrea.shared.SecretTokens;

/**
 * The import of a plan ({@link PlanImport#run}, one transaction) run in the background
 * ({@link BackgroundJobs}), for the secretariat of the plan's state: the page shows the commitments
 * imported out of their total, then the result or the problems. Keyed by the plan, the file's content,
 * the actors ticked and the choice to publish: the same import asked twice (a second click, a second
 * tab) runs once; with and without publishing they are two imports.
 */
@ApplicationScoped
public class ImportJobs {

    static final String KIND = "import";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private PlanImport imports;

    @Inject
    private BackgroundJobs jobs;

    /** The import of that file into that plan, running or done: the one already asked for, or a new one. */
    public JobStatus start(long planId, PlanFile file, Map<String, ActorType> toCreate, boolean publish) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        long stateId = plan.getState().getId();
        caller.requireSecretariatOf(stateId);
        Map<String, ActorType> ticked = Map.copyOf(toCreate);
        String key = planId + "/" + (publish ? "publish/" : "drafts/") + SecretTokens.hash(file.toString() + new TreeMap<>(ticked));
        return jobs.start(caller, KIND, key, stateId, steps -> imports.run(planId, file, ticked, publish, steps));
    }

    /** Where an import stands, for the secretariat of its state. */
    public JobStatus status(String jobId) {
        return jobs.status(currentCaller.get(), KIND, jobId);
    }

    /** What a finished import created, for the secretariat of its state. */
    public PlanImport.ImportResult result(String jobId) {
        return (PlanImport.ImportResult) jobs.result(currentCaller.get(), KIND, jobId);
    }
}
