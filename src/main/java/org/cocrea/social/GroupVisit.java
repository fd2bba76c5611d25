package org.cocrea.social;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/** A visit of a vigilance group: the day, the place, what was checked and notes. Never edited; its findings hang from it. */
@Entity
@Table(name = "vigilance_visit")
public class GroupVisit extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private VigilanceGroup group;

    @Column(name = "visited_on", nullable = false, updatable = false)
    private LocalDate visitedOn;

    @Column(nullable = false, updatable = false)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private VisitCheck checked;

    @Column(updatable = false)
    private String notes;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected GroupVisit() {
    }

    GroupVisit(VigilanceGroup group, LocalDate visitedOn, String place, VisitCheck checked, String notes, LocalDate today, String who) {
        if (visitedOn == null) {
            throw DomainException.onField("visitedOn", "vigilance.visit.date.required");
        }
        if (visitedOn.isAfter(today)) {
            throw DomainException.onField("visitedOn", "vigilance.date.future");
        }
        if (checked == null) {
            throw DomainException.onField("checked", "vigilance.visit.checked.required");
        }
        this.group = group;
        this.visitedOn = visitedOn;
        this.place = Texts.required(place, "visitPlace", VigilanceGroup.NAME, "vigilance.place.required", "social.text.tooLong");
        this.checked = checked;
        this.notes = Texts.optional(notes, "notes", SocialProgram.TEXT, "social.text.tooLong");
        this.recordedBy = who;
    }

    /** A finding of this visit; refused beside "description". */
    public Finding find(String description, boolean forRiskReview) {
        return new Finding(this, description, forRiskReview);
    }

    @Override
    public Long getId() { return id; }
    public VigilanceGroup getGroup() { return group; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public String getPlace() { return place; }
    public VisitCheck getChecked() { return checked; }
    public String getNotes() { return notes; }
    public String getRecordedBy() { return recordedBy; }

    @Override
    public Long auditStateId() {
        return group.getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("group", group.getName());
        s.put("visitedOn", visitedOn);
        s.put("place", place);
        s.put("checked", checked);
        s.put("notes", notes);
        return s;
    }
}
