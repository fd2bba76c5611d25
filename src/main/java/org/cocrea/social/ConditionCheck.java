package org.cocrea.social;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.attachment.HoldsAttachments;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.Caller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/**
 * Whether a program meets one {@link ProgramCondition}, as its state's secretariat last recorded it:
 * met or not, a note, the day (the state's today) and who. Its evidence is attachments (files and
 * links): the secretariat adds them; anybody reads them once the program is published, as the
 * checklist itself.
 */
@Entity
@Table(name = "program_condition_check")
public class ConditionCheck extends Recorded implements Auditable, HoldsAttachments {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private SocialProgram program;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "condition_id", nullable = false, updatable = false)
    private ProgramCondition condition;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @Column(nullable = false)
    private boolean met;

    private String note;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Version
    private int version;

    protected ConditionCheck() {
    }

    /** The first check of a program against an active condition. */
    public ConditionCheck(SocialProgram program, ProgramCondition condition) {
        if (!condition.isActive()) {
            throw DomainException.onField("condition", "conditions.retired");
        }
        this.program = program;
        this.condition = condition;
        this.stateId = program.getStateId();
    }

    /** Records whether the program meets the condition, on {@code today}, by {@code who}; the note is optional. */
    public void record(Boolean met, String note, LocalDate today, String who) {
        if (met == null) {
            throw DomainException.onField("met", "conditions.met.required");
        }
        if (!condition.isActive()) {
            throw DomainException.onField("condition", "conditions.retired");
        }
        this.note = Texts.optional(note, "note", SocialProgram.TEXT, "social.text.tooLong");
        this.met = met;
        this.checkedOn = today;
        this.checkedBy = who;
    }

    @Override
    public AttachmentOwner attachmentOwner() {
        return AttachmentOwner.PROGRAM_CONDITION;
    }

    @Override
    public Long getId() { return id; }

    @Override
    public Long getStateId() { return stateId; }

    /** The evidence is read by whoever may read the program: anybody once it is published. */
    @Override
    public boolean maySeeAttachments(Caller caller) {
        return program.isVisibleTo(caller);
    }

    @Override
    public boolean attachmentsArePublic() {
        return program.isPublished();
    }

    public SocialProgram getProgram() { return program; }
    public ProgramCondition getCondition() { return condition; }
    public boolean isMet() { return met; }
    public String getNote() { return note; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public String getCheckedBy() { return checkedBy; }
    public int getVersion() { return version; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("program", program.getName());
        s.put("condition", condition.getNameEs());
        s.put("met", met);
        s.put("note", note);
        s.put("checkedOn", checkedOn);
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ConditionCheck c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return ConditionCheck.class.hashCode();
    }
}
