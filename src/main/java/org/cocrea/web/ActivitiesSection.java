package org.cocrea.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.milestone.ActivityCount;
import org.cocrea.milestone.ActivityStatus;
import org.cocrea.milestone.MilestoneActivity;
import org.cocrea.milestone.MilestoneActivityService;

/**
 * The activities of a milestone (issue 13), on the secretariat's milestone page and the responsible
 * actor's report page: the list, how many are done, and for whoever keeps them an add/edit form and
 * a reopen button. The page calls {@link #load} with its milestone.
 */
@Named
@ViewScoped
public class ActivitiesSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MilestoneActivityService activities;

    private long milestoneId;
    private List<MilestoneActivity> rows = List.of();
    private List<Actor> choices = List.of();
    private boolean keeper;
    private MilestoneActivity form;
    private Long responsibleId;

    public void load(Long milestone) {
        if (milestone == null) {
            return;
        }
        milestoneId = milestone;
        rows = activities.ofMilestone(milestoneId);
        keeper = activities.mayKeep(milestoneId);
        choices = keeper ? activities.responsibleChoices(milestoneId) : List.of();
        form = MilestoneActivity.blank();
        responsibleId = null;
    }

    /** The form takes a listed activity to edit it. */
    public void edit(MilestoneActivity activity) {
        form = activity.copyForForm();
        responsibleId = activity.getResponsible().getId();
    }

    /** The form goes back to a new activity. */
    public void cancel() {
        form = MilestoneActivity.blank();
        responsibleId = null;
    }

    public String save() {
        if (form.getId() == null) {
            activities.add(milestoneId, form, responsibleId);
        } else {
            activities.update(form, responsibleId);
        }
        Messages.saved("activity.saved");
        return reload();
    }

    public String reopen(long activityId) {
        activities.reopen(activityId);
        Messages.saved("activity.reopened");
        return reload();
    }

    /** The same page again, with its parameters: what was saved shows as the database has it. */
    private static String reload() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** How many are done, of how many. */
    public ActivityCount getCount() {
        return new ActivityCount(rows.stream().filter(a -> a.getStatus().isDone()).count(), rows.size());
    }

    /** The activities a report may tick: those not done yet. */
    public List<MilestoneActivity> getOpen() {
        return rows.stream().filter(a -> !a.getStatus().isDone()).toList();
    }

    public List<MilestoneActivity> getRows() { return rows; }
    public List<Actor> getChoices() { return choices; }
    public boolean isKeeper() { return keeper; }
    public MilestoneActivity getForm() { return form; }
    public boolean isEditing() { return form != null && form.getId() != null; }
    public Long getResponsibleId() { return responsibleId; }
    public void setResponsibleId(Long responsibleId) { this.responsibleId = responsibleId; }
    public ActivityStatus[] getStatuses() { return ActivityStatus.values(); }
}
