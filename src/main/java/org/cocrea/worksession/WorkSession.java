package org.cocrea.worksession;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.actor.Actor;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.attachment.HoldsAttachments;
import org.cocrea.actor.Gender;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.LinksToCommitments;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.Recorded;

/**
 * A training, accompaniment or co-creation session of a plan (named so as not to be confused
 * with HTTP or mail sessions): when and where (a place in person, a link online), its agenda,
 * topics and minutes, who attended, and the commitments it worked on. Its rules live here; the
 * messages go next to the form fields named in them.
 */
@Entity
@Table(name = "work_session")
public class WorkSession extends Recorded implements LinksToCommitments, HoldsAttachments {

    private static final long serialVersionUID = 1L;

    // The limits of the details: checked by checkDetails alone (no Bean Validation besides), so each
    // refusal says which field and how long it may be.
    static final int TITLE_MAX = 300;
    static final int PLACE_MAX = 300;
    static final int LINK_MAX = 1000;
    static final int TEXT_MAX = 10_000;
    static final int MINUTES_MAX = 200_000;
    private static final LinkRefusals LINK_REFUSALS =
            new LinkRefusals("commitmentToLink", "session.commitment.required", "session.commitment.otherPlan");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private ActionPlan plan;

    /** Copied from the plan so that scoping a query to a state needs no join. */
    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkSessionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkSessionMode mode;

    @Column(nullable = false)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "start_time")
    private LocalTime startTime;

    private String place;

    private String link;

    private String agenda;

    private String topics;

    private String minutes;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Attendance> attendance = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "session_commitment",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "commitment_id"))
    @OrderBy("id")
    private Set<Commitment> commitments = new LinkedHashSet<>();

    @Version
    private int version;

    protected WorkSession() {
    }

    /** A blank session for a creation form: in person, today unless the form says otherwise. */
    public static WorkSession blank() {
        WorkSession session = new WorkSession();
        session.mode = WorkSessionMode.IN_PERSON;
        return session;
    }

    /** A session of a plan; {@code where} is the place when in person, the link when remote. */
    public WorkSession(ActionPlan plan, WorkSessionKind kind, WorkSessionMode mode, String title, LocalDate heldOn, String where) {
        this.kind = kind;
        this.mode = mode;
        this.title = title;
        this.heldOn = heldOn;
        if (mode == WorkSessionMode.REMOTE) {
            this.link = where;
        } else {
            this.place = where;
        }
        placeIn(plan);
    }

    /** Files a session typed into a form under its plan; its details must hold. */
    public void placeIn(ActionPlan plan) {
        if (this.plan != null) {
            throw new IllegalStateException("session already has a plan");
        }
        checkDetails();
        plan.requireNearCycle(heldOn, "heldOn");
        this.plan = plan;
        this.stateId = plan.getState().getId();
    }

    /**
     * The rules for the details: a title, a kind, a mode and a date; a place when in person, a
     * link (http or https only) when remote. The field not used by the mode is dropped, so that
     * a session moved online keeps no stale room and vice versa.
     */
    public void checkDetails() {
        title = trimmed(title);
        place = trimmed(place);
        link = trimmed(link);
        agenda = trimmed(agenda);
        topics = trimmed(topics);
        minutes = trimmed(minutes);
        if (title == null) {
            throw DomainException.onField("title", "session.title.required");
        }
        checkLength("title", title, TITLE_MAX);
        if (kind == null) {
            throw DomainException.onField("kind", "session.kind.required");
        }
        if (mode == null) {
            throw DomainException.onField("mode", "session.mode.required");
        }
        if (heldOn == null) {
            throw DomainException.onField("heldOn", "session.date.required");
        }
        if (mode == WorkSessionMode.IN_PERSON) {
            link = null;
            if (place == null) {
                throw DomainException.onField("place", "session.place.required");
            }
            checkLength("place", place, PLACE_MAX);
        } else {
            place = null;
            if (link == null) {
                throw DomainException.onField("meetingLink", "session.link.required");
            }
            link = checkedLink(link);
        }
        checkLength("agenda", agenda, TEXT_MAX);
        checkLength("topics", topics, TEXT_MAX);
        checkLength("minutes", minutes, MINUTES_MAX);
    }

    /** A meeting link as stored: a complete http or https address, or a refusal on the link field. */
    static String checkedLink(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (url.length() > LINK_MAX || uri.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw DomainException.onField("meetingLink", "session.link.invalid");
            }
            return url;
        } catch (URISyntaxException e) {
            throw DomainException.onField("meetingLink", "session.link.invalid");
        }
    }

    /**
     * Takes the details of an edited copy (not the plan, attendance or commitments). The copy is
     * checked first, so a refusal leaves this session as it was.
     */
    public void takeDetailsFrom(WorkSession edited) {
        takeDetailsFrom(edited, false);
    }

    /**
     * The same, for a session some of whose agreements are tied to recommendations: it stays a
     * dialogue with decision makers, or those agreements would be about nothing the kind allows.
     */
    public void takeDetailsFrom(WorkSession edited, boolean tiedToRecommendations) {
        edited.checkDetails();
        if (tiedToRecommendations && edited.kind != WorkSessionKind.DIALOGUE) {
            throw DomainException.onField("kind", "session.kind.dialogueTied");
        }
        plan.requireNearCycle(edited.heldOn, "heldOn");
        kind = edited.kind;
        mode = edited.mode;
        title = edited.title;
        heldOn = edited.heldOn;
        startTime = edited.startTime;
        place = edited.place;
        link = edited.link;
        agenda = edited.agenda;
        topics = edited.topics;
        minutes = edited.minutes;
    }

    /**
     * Records that an organization came, through a named person or not. The actor must be of the
     * session's state; the same person of the same organization is recorded once (a missing name
     * counts as one more "name").
     */
    public Attendance addAttendance(Actor actor, String attendeeName, Gender gender) {
        if (actor == null) {
            throw DomainException.onField("attendanceActor", "session.attendance.actorRequired");
        }
        if (!actor.belongsTo(stateId)) {
            throw DomainException.onField("attendanceActor", "session.actor.otherState");
        }
        String name = trimmed(attendeeName);
        checkLength("attendeeName", name, Attendance.NAME_MAX);
        if (attendance.stream().anyMatch(a -> a.isSamePerson(actor, name))) {
            throw DomainException.onField("attendeeName", "session.attendance.duplicate");
        }
        Attendance added = new Attendance(this, actor, name, gender);
        attendance.add(added);
        return added;
    }

    /** Removes one attendance record; false when the session has none with that id. */
    public boolean removeAttendance(long attendanceId) {
        return attendance.removeIf(a -> a.getId() != null && a.getId() == attendanceId);
    }

    @Override
    public AttachmentOwner attachmentOwner() {
        return AttachmentOwner.SESSION;
    }

    /** On the session's page the commitment it worked on is chosen in the field "commitmentToLink". */
    @Override
    public LinkRefusals linkRefusals() {
        return LINK_REFUSALS;
    }

    /** The attendance by organization name, then person's name: how the page lists it. */
    public List<Attendance> attendanceByActor() {
        return attendance.stream()
                .sorted(Comparator.comparing((Attendance a) -> a.getActor().getName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(a -> a.getAttendeeName() == null ? "" : a.getAttendeeName(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public AttendanceFigures figures() {
        return AttendanceFigures.of(attendance);
    }

    /**
     * What anybody may know of a session linked to a public commitment: its kind, mode, title,
     * date and topics. A detached copy, never saved, with no place, link, agenda, minutes or
     * attendance, so that nothing else can be reached from it.
     */
    public WorkSession publicFacts() {
        WorkSession facts = new WorkSession();
        facts.id = id;
        facts.stateId = stateId;
        facts.kind = kind;
        facts.mode = mode;
        facts.title = title;
        facts.heldOn = heldOn;
        facts.topics = topics;
        facts.stampCreated(getCreatedAt());
        facts.attendance = List.of();
        facts.commitments = Set.of();
        return facts;
    }

    /** A dialogue with decision makers: its agreements may be tied to recommendations. */
    public boolean isDialogue() {
        return kind == WorkSessionKind.DIALOGUE;
    }

    public boolean isInPerson() {
        return mode == WorkSessionMode.IN_PERSON;
    }

    private static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw DomainException.onField(field, "session.text.tooLong", max);
        }
    }

    static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    @Override
    public ActionPlan getPlan() { return plan; }
    @Override
    public Long getStateId() { return stateId; }
    public WorkSessionKind getKind() { return kind; }
    public void setKind(WorkSessionKind kind) { this.kind = kind; }
    public WorkSessionMode getMode() { return mode; }
    public void setMode(WorkSessionMode mode) { this.mode = mode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public List<Attendance> getAttendance() { return attendance; }
    @Override
    public Set<Commitment> getCommitments() { return commitments; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", kind);
        s.put("mode", mode);
        s.put("title", title);
        s.put("heldOn", heldOn);
        s.put("startTime", startTime);
        s.put("place", place);
        s.put("link", link);
        s.put("agenda", agenda);
        s.put("topics", topics);
        s.put("minutes", minutes);
        s.put("attendance", attendanceByActor().stream().map(Attendance::toString).toList());
        s.put("commitments", commitments.stream().map(Commitment::getTitle).sorted().toList());
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof WorkSession s && id != null && id.equals(s.id);
    }

    @Override
    public int hashCode() {
        return WorkSession.class.hashCode();
    }
}
