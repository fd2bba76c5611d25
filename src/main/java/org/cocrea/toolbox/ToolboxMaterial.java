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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.attachment.HoldsAttachments;
import org.cocrea.shared.Caller;
import org.cocrea.audit.Auditable;
import org.cocrea.plan.Phase;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.state.State;
import org.cocrea.shared.persistence.Recorded;

/**
 * A methodological material of the toolbox: a guide, template or example for one phase, in one
 * language. Without a state it is shared by all states (the platform administrator adds those)
 * and public; with one it is that state's own, seen only by accounts of the state and the
 * administrator. Its file or link is an attachment (owner TOOLBOX).
 */
@Entity
@Table(name = "toolbox_material")
public class ToolboxMaterial extends Recorded implements Auditable, HoldsAttachments {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_id", updatable = false)
    private State state;

    /** The same column, read only: queries filter on it without joining the state (null = shared). */
    @Column(name = "state_id", insertable = false, updatable = false)
    private Long stateId;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false)
    private String title;

    @Size(max = 2000)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MaterialLanguage language = MaterialLanguage.ES;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MaterialKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private Account createdBy;

    @Version
    private int version;

    protected ToolboxMaterial() {
    }

    /** A blank material for a form. */
    public static ToolboxMaterial blank() {
        ToolboxMaterial material = new ToolboxMaterial();
        return material;
    }

    /**
     * Who may add a material, and where it goes: the administrator adds shared materials (no
     * state); a secretariat member adds its own state's; nobody else adds anything. The form
     * cannot choose: the caller decides.
     */
    public static State homeFor(Caller caller, java.util.function.LongFunction<State> states) {
        if (caller.isAdmin()) {
            return null;
        }
        if (caller.stateId() != null && caller.runsSecretariatOf(caller.stateId())) {
            return states.apply(caller.stateId());
        }
        throw new AccessDeniedException();
    }

    /** Files a material typed into a form: in a state (or shared when null), by an account. */
    public void placeIn(State state, Account createdBy) {
        if (this.createdBy != null) {
            throw new IllegalStateException("material already placed");
        }
        this.state = state;
        this.stateId = state == null ? null : state.getId();
        this.createdBy = createdBy;
    }

    public boolean isShared() {
        return state == null;
    }

    /** Shared materials: anybody. A state's own: accounts of that state and the administrator. */
    public boolean isVisibleTo(Caller caller) {
        return isShared() || caller.isAdmin() || caller.belongsTo(getStateId());
    }

    public Long getStateId() {
        return stateId;
    }

    @Override
    public AttachmentOwner attachmentOwner() {
        return AttachmentOwner.TOOLBOX;
    }

    /** Whoever may add the material where it is ({@link #homeFor}): the administrator to shared ones, a secretariat to its state's. */
    @Override
    public boolean mayAttach(Caller caller) {
        return isShared() ? caller.isAdmin() : caller.runsSecretariatOf(getStateId());
    }

    /** Its file and link: for whoever may see the material. */
    @Override
    public boolean maySeeAttachments(Caller caller) {
        return isVisibleTo(caller);
    }

    /** A shared material's files are public. */
    @Override
    public boolean attachmentsArePublic() {
        return isShared();
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public State getState() { return state; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Phase getPhase() { return phase; }
    public void setPhase(Phase phase) { this.phase = phase; }
    public MaterialLanguage getLanguage() { return language; }
    public void setLanguage(MaterialLanguage language) { this.language = language; }
    public MaterialKind getKind() { return kind; }
    public void setKind(MaterialKind kind) { this.kind = kind; }
    public Account getCreatedBy() { return createdBy; }

    @Override
    public Long auditStateId() {
        return getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("title", title);
        snapshot.put("description", description);
        snapshot.put("phase", phase);
        snapshot.put("language", language);
        snapshot.put("kind", kind);
        snapshot.put("state", state == null ? null : state.getName());
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ToolboxMaterial m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return ToolboxMaterial.class.hashCode();
    }
}
