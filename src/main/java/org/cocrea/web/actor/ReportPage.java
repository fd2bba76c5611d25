package org.cocrea.web.actor;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.shared.DomainException;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportLabel;
import org.cocrea.milestone.ReportService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.FileInputs;
import org.cocrea.web.Messages;
import java.time.Clock;
import java.time.LocalDate;
import org.cocrea.shared.CurrentCaller;

/**
 * /actor/report?milestone=…: a responsible actor (or the secretariat) reports progress on a
 * milestone with a narrative, a percent and evidence: files and links, saved together or not at all.
 */
@Named("actorReportPage")
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The name the activities' checkboxes are posted under (form "report", input "activities"). */
    private static final String TICKS = "report:activities";

    @Inject
    private MilestoneService milestones;

    @Inject
    private ReportService reports;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    private Long milestoneId;
    private Milestone milestone;
    private LocalDate today;
    private ProgressReport form;
    private final FileInputs attach = new FileInputs();
    private List<String> ticked = new ArrayList<>();

    public void load() {
        if (milestoneId == null) {
            throw new NotFoundException();
        }
        milestone = milestones.forReporter(milestoneId);
        today = currentCaller.get().today(clock);
        if (form == null) {
            form = ProgressReport.draft(today);
            form.setPercent(milestone.getReportedPercent());
        }
    }

    public String submit() {
        var saved = reports.submit(milestoneId, form, attach.allFiles(), attach.links(), tickedIds());
        Messages.saved("report.saved", saved.getEvidence().size()); // says "without evidence" when so
        return "/actor/milestones?faces-redirect=true";
    }

    /**
     * The activities ticked, by id, as the request carried them: PrimeFaces drops a value its list did
     * not offer without a word, so the raw values go to the service, which refuses an activity of another
     * milestone or state beside the field, and so does a value that is no id at all.
     */
    private List<Long> tickedIds() {
        String[] raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get(TICKS);
        List<Long> ids = new ArrayList<>();
        for (String id : raw == null ? new String[0] : raw) {
            try {
                ids.add(Long.valueOf(id.strip()));
            } catch (NumberFormatException e) {
                throw DomainException.onField("activities", "activity.tick.otherMilestone");
            }
        }
        return ids;
    }

    public Long getMilestoneId() { return milestoneId; }
    public void setMilestoneId(Long v) { this.milestoneId = v; }
    public Milestone getMilestone() { return milestone; }
    /** The latest date a report may carry: today in the reporter's (and the milestone's) state. */
    public LocalDate getToday() { return today; }
    public ProgressReport getForm() { return form; }
    /** The evidence inputs: several files, links one per line. */
    public FileInputs getAttach() { return attach; }
    /** The activities this report marks done (issue 13). */
    public List<String> getTicked() { return ticked; }
    public void setTicked(List<String> ticked) { this.ticked = ticked == null ? new ArrayList<>() : new ArrayList<>(ticked); }
    public ReportLabel[] getLabels() { return ReportLabel.values(); }
    /** Past its end date and not done: the report explains the delay and gives a new expected date (issue 13). */
    public boolean isOverdue() { return milestone.isOverdue(today); }
}
