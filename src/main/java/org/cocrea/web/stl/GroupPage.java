package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.ComplaintService;
import org.cocrea.social.Finding;
import org.cocrea.social.VigilanceGroup;
import org.cocrea.worksession.GroupTraining;
import org.cocrea.worksession.GroupTrainings;
import org.cocrea.worksession.WorkSession;
import org.cocrea.social.VigilanceService;
import org.cocrea.social.VigilanceService.VisitFindings;
import org.cocrea.social.VisitCheck;
import org.cocrea.web.FileInputs;
import org.cocrea.web.Messages;

/** /stl/group?id=…: a vigilance group's members, visits and findings, each with its form. */
@Named("stlGroupPage")
@ViewScoped
public class GroupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VigilanceService vigilance;

    @Inject
    private ActorService actors;

    @Inject
    private ComplaintService complaints;

    @Inject
    private GroupTrainings trainings;

    private Long id;
    private VigilanceGroup group;
    private List<VisitFindings> visits;
    private List<Actor> stateActors;
    private String memberName;
    private Long memberActorId;
    private String memberContact;
    private LocalDate visitedOn;
    private String visitPlace;
    private VisitCheck checked;
    private String notes;
    private Long visitId;
    private String description;
    private boolean forRiskReview;
    private final FileInputs evidence = new FileInputs();
    private List<Finding> findings;
    private Long complaintFindingId;
    private String complaintWhat;
    private List<GroupTraining> attended;
    private List<WorkSession> offeredTrainings;
    private Long trainingSessionId;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        group = vigilance.forSecretariat(id);
        visits = vigilance.visits(id);
        stateActors = actors.ofState(group.getStateId());
        findings = visits.stream().flatMap(v -> v.findings().stream()).toList();
        attended = trainings.of(group);
        offeredTrainings = trainings.offered(group);
    }

    public String addTraining() {
        trainings.record(id, trainingSessionId);
        Messages.saved("vigilance.training.added");
        return reload();
    }

    public String removeTraining(long trainingId) {
        trainings.remove(trainingId);
        Messages.saved("vigilance.training.removed");
        return reload();
    }

    public String addMember() {
        vigilance.addMember(id, memberName, memberActorId, memberContact);
        Messages.saved("vigilance.member.added");
        return reload();
    }

    public String removeMember(long memberId) {
        vigilance.removeMember(id, memberId);
        Messages.saved("vigilance.member.removed");
        return reload();
    }

    public String recordVisit() {
        vigilance.recordVisit(id, visitedOn, visitPlace, checked, notes);
        Messages.saved("vigilance.visit.saved");
        return reload();
    }

    /** A finding of one of this group's visits (the visit chosen among them: another is refused by the select). */
    public String addFinding() {
        vigilance.addFinding(visitId == null ? -1 : visitId, description, forRiskReview, evidence.optionalFile(), evidence.links());
        Messages.saved("vigilance.finding.saved");
        return reload();
    }

    public String publish(long findingId, boolean published) {
        vigilance.publishFinding(findingId, published);
        Messages.saved(published ? "vigilance.finding.published" : "vigilance.finding.unpublished");
        return reload();
    }

    public String markForRiskReview(long findingId, boolean marked) {
        vigilance.markForRiskReview(findingId, marked);
        Messages.saved("common.saved");
        return reload();
    }

    /** The group's complaint from one of its findings: the secretariat then follows it on /stl/complaint. */
    public String fileComplaint() {
        long complaintId = complaints.fileFromFinding(complaintFindingId == null ? -1 : complaintFindingId, complaintWhat).getId();
        Messages.saved("complaints.filedFromFinding");
        return "/stl/complaint?faces-redirect=true&id=" + complaintId;
    }

    private String reload() {
        return "/stl/group?faces-redirect=true&id=" + id;
    }

    public Long getId() { return id; }
    public void setId(Long v) { this.id = v; }
    public VigilanceGroup getGroup() { return group; }
    public List<VisitFindings> getVisits() { return visits; }
    public List<Actor> getStateActors() { return stateActors; }
    public VisitCheck[] getChecks() { return VisitCheck.values(); }
    public String getMemberName() { return memberName; }
    public void setMemberName(String v) { this.memberName = v; }
    public Long getMemberActorId() { return memberActorId; }
    public void setMemberActorId(Long v) { this.memberActorId = v; }
    public String getMemberContact() { return memberContact; }
    public void setMemberContact(String v) { this.memberContact = v; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public void setVisitedOn(LocalDate v) { this.visitedOn = v; }
    public String getVisitPlace() { return visitPlace; }
    public void setVisitPlace(String v) { this.visitPlace = v; }
    public VisitCheck getChecked() { return checked; }
    public void setChecked(VisitCheck v) { this.checked = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { this.notes = v; }
    public Long getVisitId() { return visitId; }
    public void setVisitId(Long v) { this.visitId = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
    public boolean isForRiskReview() { return forRiskReview; }
    public void setForRiskReview(boolean v) { this.forRiskReview = v; }
    public FileInputs getEvidence() { return evidence; }
    public List<Finding> getFindings() { return findings; }
    public Long getComplaintFindingId() { return complaintFindingId; }
    public void setComplaintFindingId(Long v) { this.complaintFindingId = v; }
    public String getComplaintWhat() { return complaintWhat; }
    public void setComplaintWhat(String v) { this.complaintWhat = v; }
    /** The trainings the group attended, and the state's training sessions it may still be said to have attended. */
    public List<GroupTraining> getAttended() { return attended; }
    public List<WorkSession> getOfferedTrainings() { return offeredTrainings; }
    public Long getTrainingSessionId() { return trainingSessionId; }
    public void setTrainingSessionId(Long v) { this.trainingSessionId = v; }
}
