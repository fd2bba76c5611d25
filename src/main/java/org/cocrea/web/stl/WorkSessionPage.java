package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.audit.AuditTrail;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.actor.Gender;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.worksession.AttendanceFigures;
import org.cocrea.worksession.WorkSessionKind;
import org.cocrea.worksession.WorkSessionMode;
import org.cocrea.worksession.WorkSessionService;
import org.cocrea.worksession.WorkSessionService.WorkSessionDetail;
import org.cocrea.worksession.WorkSession;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.Recommendation;
import org.cocrea.social.RecommendationService;
import org.cocrea.web.Charts;
import org.cocrea.web.FileInputs;
import org.cocrea.web.Messages;
import java.time.Clock;
import org.cocrea.shared.CurrentCaller;

/**
 * /stl/session?id=…: the secretariat keeps a session's record — details, attendance and its
 * figures, minutes and materials, agreements and their follow-up, and the commitments it worked on.
 */
@Named("stlWorkSessionPage")
@ViewScoped
public class WorkSessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Tabs, in the order of the page. */
    static final int DETAILS = 0;
    static final int ATTENDANCE = 1;
    static final int MINUTES = 2;
    public static final int AGREEMENTS = 3;
    static final int COMMITMENTS = 4;

    @Inject
    private WorkSessionService sessions;

    @Inject
    private ActorService actors;

    @Inject
    private CommitmentService commitments;

    @Inject
    private RecommendationService recommendations;

    @Inject
    private Clock clock;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail trail;

    private AuditRows changeLog;
    private Long id;
    private int tab;
    private WorkSessionDetail detail;
    private WorkSession session;
    private List<Actor> stateActors;
    private List<Commitment> planCommitments;
    private LocalDate today;
    private List<Recommendation> stateRecommendations = List.of();

    // attendance being added
    private Long attendanceActorId;
    private String attendeeName;
    private Gender attendanceGender;

    // material being added
    private final FileInputs attach = new FileInputs();

    private Long commitmentToLink;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        detail = sessions.forSecretariat(id);
        session = detail.session();
        changeLog = AuditRows.of(trail, session);
        today = currentCaller.get().today(clock);
        stateActors = actors.ofState(session.getStateId());
        planCommitments = commitments.ofPlanForSecretariat(session.getPlan().getId());
        if (session.isDialogue()) {
            stateRecommendations = recommendations.ofState(session.getStateId());
        }
    }

    public String save() {
        tab = tab == MINUTES ? MINUTES : DETAILS;
        sessions.update(session);
        Messages.saved("session.saved");
        return reload();
    }

    public String saveMinutes() {
        tab = MINUTES;
        sessions.update(session);
        Messages.saved("session.saved");
        return reload();
    }

    public String addAttendance() {
        tab = ATTENDANCE;
        sessions.addAttendance(id, attendanceActorId, attendeeName, attendanceGender);
        Messages.saved("session.attendance.added");
        return reload();
    }

    public String removeAttendance(long attendanceId) {
        tab = ATTENDANCE;
        sessions.removeAttendance(attendanceId);
        Messages.saved("session.attendance.removed");
        return reload();
    }

    public String addFile() {
        tab = MINUTES;
        sessions.addMaterialFile(id, attach.requiredFile());
        Messages.saved("session.materials.fileAdded");
        return reload();
    }

    public String addLink() {
        tab = MINUTES;
        sessions.addMaterialLink(id, attach.getLink());
        Messages.saved("session.materials.linkAdded");
        return reload();
    }

    public String linkCommitment() {
        tab = COMMITMENTS;
        sessions.linkCommitment(id, commitmentToLink);
        Messages.saved("session.commitments.linked");
        return reload();
    }

    public String unlinkCommitment(long commitmentId) {
        tab = COMMITMENTS;
        sessions.unlinkCommitment(id, commitmentId);
        Messages.saved("session.commitments.unlinked");
        return reload();
    }

    /** Back to this page, on the given tab, after a change (post-redirect-get). */
    String reload(int onTab) {
        tab = onTab;
        return reload();
    }

    private String reload() {
        return "/stl/session?faces-redirect=true&id=" + id + "&tab=" + tab;
    }

    /** The plan's commitments not yet linked to the session. */
    public List<Commitment> getLinkableCommitments() {
        return planCommitments.stream().filter(c -> !detail.commitments().contains(c)).toList();
    }

    /** A doughnut of attendances by sector, for PrimeFaces' p:chart (Chart.js). */
    public String getSectorChart() {
        return doughnut(detail.figures().sectorRows());
    }

    /** A doughnut of attendances by gender, "not recorded" included. */
    public String getGenderChart() {
        return doughnut(detail.figures().genderRows());
    }

    private static String doughnut(List<AttendanceFigures.Row> rows) {
        return Charts.doughnut(rows.stream().map(row -> Messages.text(row.key())).toList(),
                rows.stream().map(AttendanceFigures.Row::count).toList());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getTab() { return tab; }
    public void setTab(int tab) { this.tab = tab; }
    public WorkSessionDetail getDetail() { return detail; }
    public WorkSession getSession() { return session; }
    public List<Actor> getStateActors() { return stateActors; }
    public List<Commitment> getPlanCommitments() { return planCommitments; }
    public LocalDate getToday() { return today; }
    public WorkSessionKind[] getKinds() { return WorkSessionKind.values(); }
    public WorkSessionMode[] getModes() { return WorkSessionMode.values(); }
    public Gender[] getGenders() { return Gender.values(); }
    public Long getAttendanceActorId() { return attendanceActorId; }
    public void setAttendanceActorId(Long v) { this.attendanceActorId = v; }
    public String getAttendeeName() { return attendeeName; }
    public void setAttendeeName(String v) { this.attendeeName = v; }
    public Gender getAttendanceGender() { return attendanceGender; }
    public void setAttendanceGender(Gender v) { this.attendanceGender = v; }
    /** The material file and link inputs. */
    public FileInputs getAttach() { return attach; }
    /** A dialogue's state's recommendations an agreement may be tied to (empty for other kinds). */
    public List<Recommendation> getStateRecommendations() { return stateRecommendations; }
    public Long getCommitmentToLink() { return commitmentToLink; }
    public void setCommitmentToLink(Long v) { this.commitmentToLink = v; }
    /** The record's change log (co:changeLog), a page at a time. */
    public AuditRows getChangeLog() { return changeLog; }
}
