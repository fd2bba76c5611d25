package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.worksession.WorkSessionKind;
import org.cocrea.worksession.WorkSessionMode;
import org.cocrea.worksession.WorkSessionService;
import org.cocrea.worksession.WorkSessionService.WorkSessionRow;
import org.cocrea.worksession.WorkSession;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.Messages;

/** /stl/sessions?plan=…: the sessions of a plan, latest first, and a form for a new one. */
@Named("stlWorkSessionsPage")
@ViewScoped
public class WorkSessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private WorkSessionService sessions;

    private Long planId;
    private ActionPlan plan;
    private List<WorkSessionRow> rows;
    private WorkSession newSession = WorkSession.blank();

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        plan = plans.forSecretariat(planId);
        rows = sessions.ofPlan(planId);
    }

    public String create() {
        WorkSession created = sessions.create(planId, newSession);
        Messages.saved("stl.sessions.created");
        return "/stl/session?faces-redirect=true&id=" + created.getId();
    }

    public long getOverdueAgreements() {
        return rows.stream().mapToLong(WorkSessionRow::overdueAgreements).sum();
    }

    public long getOpenAgreements() {
        return rows.stream().mapToLong(WorkSessionRow::openAgreements).sum();
    }

    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public ActionPlan getPlan() { return plan; }
    public List<WorkSessionRow> getRows() { return rows; }
    public WorkSession getNewSession() { return newSession; }
    public WorkSessionKind[] getKinds() { return WorkSessionKind.values(); }
    public WorkSessionMode[] getModes() { return WorkSessionMode.values(); }
}
