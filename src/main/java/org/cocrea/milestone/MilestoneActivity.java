package org.cocrea.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cocrea.account.Account;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.Recorded;

/**
 * An activity of a milestone (issue 13), as the national action plan dashboards track them: a title,
 * dates within the milestone's, an actor of its state responsible for it and a status. A progress
 * report may tick it ({@link #tick}): it is then done, and the link stays ({@link ActivityTick}).
 * A done activity does not change by an edit: it is reopened first ({@link #reopen}), on the record.
 */
@Entity
@Table(name = "milestone_activity")
public class MilestoneActivity extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    /** The longest title. */
    public static final int TITLE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "milestone_id", nullable = false, updatable = false)
    private Milestone milestone;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "responsible_id", nullable = false)
    private Actor responsible;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status = ActivityStatus.PENDING;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private Account createdBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    private Account updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected MilestoneActivity() {
    }

    /** A blank activity for a form: pending, nothing typed. */
    public static MilestoneActivity blank() {
        return new MilestoneActivity();
    }

    /** A new activity with these values, pending; {@link #addTo} files it. */
    public static MilestoneActivity of(String title, LocalDate startDate, LocalDate endDate) {
        MilestoneActivity activity = new MilestoneActivity();
        activity.title = title;
        activity.startDate = startDate;
        activity.endDate = endDate;
        return activity;
    }

    /** A detached copy for an edit form: id, version and values; {@link MilestoneActivityService#update} takes it back. */
    public MilestoneActivity copyForForm() {
        MilestoneActivity copy = of(title, startDate, endDate);
        copy.id = id;
        copy.version = version;
        copy.status = status;
        copy.responsible = responsible;
        return copy;
    }

    /**
     * Files the activity typed into a form under {@code milestone}, with its responsible actor (of
     * the milestone's state), added by {@code by}. Every rule is checked before anything is attached.
     */
    public void addTo(Milestone milestone, Actor responsible, Account by) {
        if (this.milestone != null) {
            throw new IllegalStateException("activity already belongs to a milestone");
        }
        requireOpen(milestone);
        String cleanTitle = checked(milestone, title, startDate, endDate, responsible);
        if (status == null) {
            status = ActivityStatus.PENDING;
        }
        this.title = cleanTitle;
        this.responsible = responsible;
        this.milestone = milestone;
        this.createdBy = by;
    }

    /**
     * Takes what the form {@code edited} holds (title, dates, status) and {@code responsible}. A done
     * activity is not edited: setting it back to pending or in progress needs {@link #reopen}, said
     * so beside the status; any other change of it is refused.
     */
    public void change(MilestoneActivity edited, Actor newResponsible, Account by, Instant when) {
        requireOpen(milestone);
        ActivityStatus next = edited.status == null ? status : edited.status;
        if (status == ActivityStatus.DONE) {
            if (next != ActivityStatus.DONE) {
                throw DomainException.onField("activityStatus", "activity.done.reopenFirst");
            }
            throw DomainException.onField("activityTitle", "activity.done.locked");
        }
        String cleanTitle = checked(milestone, edited.title, edited.startDate, edited.endDate, newResponsible);
        title = cleanTitle;
        startDate = edited.startDate;
        endDate = edited.endDate;
        responsible = newResponsible;
        status = next;
        touched(by, when);
    }

    /** A done activity is open again (in progress), on the record: the ticks of reports stay. */
    public void reopen(Account by, Instant when) {
        requireOpen(milestone);
        if (status != ActivityStatus.DONE) {
            throw new DomainException("activity.reopen.notDone");
        }
        status = ActivityStatus.IN_PROGRESS;
        touched(by, when);
    }

    /**
     * Whether {@code report}'s milestone may tick this activity: one of its own, not done yet.
     * Checked for every ticked activity before the report is saved.
     */
    public void checkTickableOn(Milestone reported) {
        if (milestone == null || reported == null || !Objects.equals(milestone.getId(), reported.getId())) {
            throw DomainException.onField("activities", "activity.tick.otherMilestone");
        }
        if (status == ActivityStatus.DONE) {
            throw DomainException.onField("activities", "activity.tick.alreadyDone", title);
        }
    }

    /** The report ticks this activity: it is done, and the link between the two is kept. */
    public ActivityTick tick(ProgressReport report, Account by, Instant when) {
        checkTickableOn(report.getMilestone());
        status = ActivityStatus.DONE;
        touched(by, when);
        return new ActivityTick(this, report, when);
    }

    /** Activities of a verified milestone are closed with it. */
    private static void requireOpen(Milestone milestone) {
        if (milestone.getStatus() == MilestoneStatus.VERIFIED) {
            throw new DomainException("activity.milestoneVerified");
        }
    }

    /** The rules of the values; the title as kept (stripped). */
    private static String checked(Milestone milestone, String title, LocalDate start, LocalDate end, Actor responsible) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw DomainException.onField("activityTitle", "activity.title.required");
        }
        if (clean.length() > TITLE_MAX) {
            throw DomainException.onField("activityTitle", "activity.title.tooLong", TITLE_MAX);
        }
        if (start == null) {
            throw DomainException.onField("activityStart", "activity.dates.required");
        }
        if (end == null) {
            throw DomainException.onField("activityEnd", "activity.dates.required");
        }
        if (end.isBefore(start)) {
            throw DomainException.onField("activityEnd", "activity.dates.endBeforeStart");
        }
        if (start.isBefore(milestone.getStartDate()) || end.isAfter(milestone.getEndDate())) {
            throw DomainException.onField(start.isBefore(milestone.getStartDate()) ? "activityStart" : "activityEnd",
                    "activity.dates.outsideMilestone", milestone.getStartDate(), milestone.getEndDate());
        }
        if (responsible == null) {
            throw DomainException.onField("activityResponsible", "activity.responsible.required");
        }
        if (!responsible.belongsTo(milestone.getCommitment().getStateId())) {
            throw DomainException.onField("activityResponsible", "activity.responsible.otherState");
        }
        return clean;
    }

    private void touched(Account by, Instant when) {
        updatedBy = by;
        updatedAt = when;
    }

    /** Whether the activity is one of {@code milestone}'s. */
    public boolean belongsTo(Milestone other) {
        return milestone != null && other != null && Objects.equals(milestone.getId(), other.getId());
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    /** The version the form was read at: an edit of an older one is refused (ConcurrentChange). */
    public void setVersion(int version) { this.version = version; }
    public Milestone getMilestone() { return milestone; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public Actor getResponsible() { return responsible; }
    public ActivityStatus getStatus() { return status; }
    public void setStatus(ActivityStatus status) { this.status = status; }
    public Account getCreatedBy() { return createdBy; }
    public Account getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }

    @Override
    public Long auditStateId() {
        return milestone.auditStateId();
    }

    @Override
    public Long auditCommitmentId() {
        return milestone.auditCommitmentId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("milestone", milestone.getTitle());
        s.put("title", title);
        s.put("startDate", startDate);
        s.put("endDate", endDate);
        s.put("responsible", responsible == null ? null : responsible.getName());
        s.put("status", status);
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof MilestoneActivity a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return MilestoneActivity.class.hashCode();
    }
}
