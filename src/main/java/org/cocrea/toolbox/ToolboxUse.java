package org.cocrea.toolbox;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.attachment.HoldsAttachments;
import org.cocrea.audit.Auditable;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.shared.Caller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/**
 * A toolbox material a plan used, as it is or adapted, in one of the plan's phases, with a note
 * (issue 9). Only materials the plan's state may see are used: the shared ones and the state's own.
 * An adapted use may carry the state's adapted version: attachments (owner TOOLBOX_USE) that are never
 * replaced; a new version is a new attachment and becomes {@link #getAdaptedFile() the adapted file}.
 * A withdrawn use keeps its row, who withdrew it, when and why; it is no longer shown nor changed.
 * The public sees a use that is not withdrawn of a published plan ({@link #isPublic}), and its adapted
 * version when the material is a shared one.
 */
@Entity
@Table(name = "toolbox_use")
public class ToolboxUse extends Recorded implements Auditable, HoldsAttachments {

    private static final long serialVersionUID = 1L;
    public static final int NOTE = 2_000;
    public static final int WITHDRAW_REASON = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private ActionPlan plan;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id", nullable = false, updatable = false)
    private ToolboxMaterial material;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UseKind kind;

    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "adapted_file_id")
    private Attachment adaptedFile;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdraw_reason")
    private String withdrawReason;

    @Version
    private int version;

    protected ToolboxUse() {
    }

    /** A blank use for a form. */
    public static ToolboxUse blank() {
        return new ToolboxUse();
    }

    /**
     * Records the use typed into a form as the plan's, by {@code username}: the material must be one the
     * plan's state may use (shared, or the state's own; anything else is refused as unknown on the field
     * "material"); phase and kind are required, the note is optional.
     */
    public void recordIn(ActionPlan plan, ToolboxMaterial material, String username) {
        if (recordedBy != null) {
            throw new IllegalStateException("use already recorded");
        }
        Long planState = plan.getState().getId();
        if (material == null || !(material.isShared() || planState.equals(material.getStateId()))) {
            throw DomainException.onField("material", "toolboxUse.material.unknown");
        }
        this.plan = plan;
        this.stateId = planState;
        this.material = material;
        this.recordedBy = username;
        takeFrom(this);
    }

    /** The phase, kind and note of an edited copy; a withdrawn use is not changed, an adapted file keeps its use adapted. */
    public void takeFrom(ToolboxUse edited) {
        requireNotWithdrawn();
        if (edited.phase == null) {
            throw DomainException.onField("phase", "toolboxUse.phase.required");
        }
        if (edited.kind == null) {
            throw DomainException.onField("kind", "toolboxUse.kind.required");
        }
        if (edited.kind == UseKind.USED && adaptedFile != null) {
            throw DomainException.onField("kind", "toolboxUse.kind.hasFile");
        }
        String typedNote = Texts.optional(edited.note, "note", NOTE, "toolboxUse.note.tooLong");
        this.phase = edited.phase;
        this.kind = edited.kind;
        this.note = typedNote;
    }

    /** The latest adapted version, just attached (the earlier ones stay, never replaced). */
    public void adaptedAs(Attachment file) {
        requireAdaptable();
        this.adaptedFile = file;
    }

    /** Refuses a file for a use that is withdrawn or was used as it is (only an adaptation has an adapted version). */
    public void requireAdaptable() {
        requireNotWithdrawn();
        if (kind != UseKind.ADAPTED) {
            throw DomainException.onField("file", "toolboxUse.file.onlyAdapted");
        }
    }

    /** Withdraws the use, with the reason (required): it stays recorded, shown to the secretariat as withdrawn. */
    public void withdraw(String reason, String username, Instant now) {
        requireNotWithdrawn();
        this.withdrawReason = Texts.required(reason, "reason", WITHDRAW_REASON, "toolboxUse.reason.required",
                "toolboxUse.reason.tooLong");
        this.withdrawnBy = username;
        this.withdrawnAt = now;
    }

    private void requireNotWithdrawn() {
        if (withdrawnAt != null) {
            throw new DomainException("toolboxUse.isWithdrawn");
        }
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** What anybody may read: a use that is not withdrawn, of a published plan. */
    public boolean isPublic() {
        return !isWithdrawn() && plan.isPublished();
    }

    @Override
    public AttachmentOwner attachmentOwner() {
        return AttachmentOwner.TOOLBOX_USE;
    }

    /** The plan's secretariat attaches adapted versions to an adapted use that is not withdrawn. */
    @Override
    public boolean mayAttach(Caller caller) {
        return caller.runsSecretariatOf(stateId) && !isWithdrawn() && kind == UseKind.ADAPTED;
    }

    /** Its state's accounts and the administrator; anybody once public, when the material is shared (a state's own material is not public). */
    @Override
    public boolean maySeeAttachments(Caller caller) {
        return attachmentsArePublic() || caller.isAdmin() || caller.belongsTo(stateId);
    }

    @Override
    public boolean attachmentsArePublic() {
        return isPublic() && material.isShared();
    }

    @Override
    public Long getId() { return id; }
    @Override
    public Long getStateId() { return stateId; }
    public int getVersion() { return version; }
    public ActionPlan getPlan() { return plan; }
    public ToolboxMaterial getMaterial() { return material; }
    public Phase getPhase() { return phase; }
    public void setPhase(Phase phase) { this.phase = phase; }
    public UseKind getKind() { return kind; }
    public void setKind(UseKind kind) { this.kind = kind; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Attachment getAdaptedFile() { return adaptedFile; }
    public String getRecordedBy() { return recordedBy; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawReason() { return withdrawReason; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("plan", plan == null ? null : plan.getTitle());
        snapshot.put("material", material == null ? null : material.getTitle());
        snapshot.put("phase", phase);
        snapshot.put("kind", kind);
        snapshot.put("note", note);
        snapshot.put("adaptedFile", adaptedFile == null ? null : adaptedFile.getStored().getFileName());
        snapshot.put("withdrawnBy", withdrawnBy);
        snapshot.put("withdrawReason", withdrawReason);
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ToolboxUse u && id != null && id.equals(u.id);
    }

    @Override
    public int hashCode() {
        return ToolboxUse.class.hashCode();
    }
}
