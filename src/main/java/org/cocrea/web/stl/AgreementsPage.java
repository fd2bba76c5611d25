package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.worksession.Agreement;
import org.cocrea.worksession.WorkSessionService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.Messages;
import java.time.Clock;
import org.cocrea.shared.CurrentCaller;

/**
 * /stl/agreements?plan=…&amp;show=open|overdue|done|all: the follow-up of every agreement of a plan,
 * overdue first; each can be marked done (with a note) or reopened here.
 */
@Named("stlAgreementsPage")
@ViewScoped
public class AgreementsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the list shows. */
    public enum Show { ALL, OPEN, OVERDUE, DONE }

    @Inject
    private PlanService plans;

    @Inject
    private WorkSessionService sessions;

    @Inject
    private Clock clock;

    @Inject
    private CurrentCaller currentCaller;

    private Long planId;
    private Show show = Show.OPEN;
    private ActionPlan plan;
    private List<Agreement> all;
    private LocalDate today;
    private final Map<Long, String> doneNotes = new HashMap<>();

    public void load() {
        if (planId == null) {
            throw new NotFoundException();
        }
        plan = plans.forSecretariat(planId);
        today = currentCaller.get().today(clock);
        all = sessions.agreementsOfPlan(planId);
    }

    public List<Agreement> getAgreements() {
        return all.stream().filter(a -> switch (show) {
            case ALL -> true;
            case OPEN -> !a.isDone();
            case OVERDUE -> a.isOverdue(today);
            case DONE -> a.isDone();
        }).toList();
    }

    public long count(Show which) {
        return all.stream().filter(a -> switch (which) {
            case ALL -> true;
            case OPEN -> !a.isDone();
            case OVERDUE -> a.isOverdue(today);
            case DONE -> a.isDone();
        }).count();
    }

    public String markDone(long agreementId) {
        sessions.markDone(agreementId, doneNotes.get(agreementId));
        Messages.saved("session.agreement.done");
        return reload();
    }

    public String reopen(long agreementId) {
        sessions.reopen(agreementId);
        Messages.saved("session.agreement.reopened");
        return reload();
    }

    private String reload() {
        return "/stl/agreements?faces-redirect=true&plan=" + planId + "&show=" + getShowParam();
    }

    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }
    public Show getShow() { return show; }
    /** From the URL: anything unknown shows the open ones. */
    public String getShowParam() { return show.name().toLowerCase(java.util.Locale.ROOT); }
    public void setShowParam(String value) {
        show = java.util.Arrays.stream(Show.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst().orElse(Show.OPEN);
    }
    public Show[] getShows() { return Show.values(); }
    public ActionPlan getPlan() { return plan; }
    public LocalDate getToday() { return today; }
    public Map<Long, String> getDoneNotes() { return doneNotes; }
}
