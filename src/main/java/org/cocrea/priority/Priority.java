package org.cocrea.priority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.actor.Actor;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.attachment.HoldsAttachments;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.LinksToCommitments;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.Recorded;

/**
 * A local problem worth solving (prioridad), identified in phase 1 of a plan: what it is, who
 * proposed it, the evidence behind it (attachments), and the secretariat's scores. It may become
 * one or more commitment drafts; the link is kept here, on the priority's side.
 */
@Entity
@Table(name = "priority")
public class Priority extends Recorded implements LinksToCommitments, HoldsAttachments {

    private static final long serialVersionUID = 1L;
    static final int TEXT = 10_000;
    private static final LinkRefusals LINK_REFUSALS =
            new LinkRefusals("commitmentId", "priorities.link.missing", "priorities.link.otherPlan");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private ActionPlan plan;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false)
    private String title;

    @NotBlank
    @Size(max = TEXT)
    @Column(nullable = false)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_by_id")
    private Actor proposedBy;

    @Size(max = 300)
    @Column(name = "proposer_note")
    private String proposerNote;

    @ManyToMany
    @JoinTable(name = "priority_commitment",
            joinColumns = @JoinColumn(name = "priority_id"),
            inverseJoinColumns = @JoinColumn(name = "commitment_id"))
    @OrderBy("id")
    private Set<Commitment> commitments = new LinkedHashSet<>();

    @Version
    private int version;

    protected Priority() {
    }

    /** A blank priority for a creation form. */
    public static Priority blank() {
        return new Priority();
    }

    public Priority(ActionPlan plan, String title, String description) {
        this.title = title;
        this.description = description;
        placeIn(plan);
    }

    /** Files a priority typed into a form under its plan (and the plan's state). */
    public void placeIn(ActionPlan plan) {
        if (this.plan != null) {
            throw new IllegalStateException("priority already has a plan");
        }
        this.plan = plan;
        this.stateId = plan.getState().getId();
    }

    /** The actor who proposed the problem, if any: only an actor of the priority's own state. */
    public void proposedBy(Actor actor) {
        if (actor != null && !actor.belongsTo(stateId)) {
            throw DomainException.onField("proposedBy", "priorities.proposer.otherState");
        }
        this.proposedBy = actor;
    }

    /** Takes what a form may change: title, description and the proposer's note. */
    public void takeFrom(Priority edited) {
        title = edited.title;
        description = edited.description;
        proposerNote = edited.proposerNote;
    }

    @Override
    public AttachmentOwner attachmentOwner() {
        return AttachmentOwner.PRIORITY;
    }

    /** On the priority's page the commitment to link is chosen in the field "commitmentId". */
    @Override
    public LinkRefusals linkRefusals() {
        return LINK_REFUSALS;
    }

    /**
     * What anybody may read of a priority behind a public commitment: its title, description and
     * proposing actor, and nothing else (no note, no links to other commitments). Not managed.
     */
    public Priority publicCopy() {
        Priority copy = new Priority();
        copy.id = id;
        copy.stateId = stateId;
        copy.title = title;
        copy.description = description;
        // an organization is named by name and type only; a person who proposed it is not named at all
        copy.proposedBy = proposedBy == null || proposedBy.getKind() == org.cocrea.actor.ActorKind.PERSON ? null
                : new Actor(null, proposedBy.getName(), proposedBy.getType());
        copy.stampCreated(getCreatedAt());
        return copy;
    }

    /** The actor's name, else the free note, else null: how the proposer is shown. */
    public String proposerLabel() {
        return proposedBy != null ? proposedBy.getName() : proposerNote;
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    @Override
    public ActionPlan getPlan() { return plan; }
    @Override
    public Long getStateId() { return stateId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Actor getProposedBy() { return proposedBy; }
    public String getProposerNote() { return proposerNote; }
    public void setProposerNote(String proposerNote) { this.proposerNote = proposerNote; }
    @Override
    public Set<Commitment> getCommitments() { return commitments; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("title", title);
        snapshot.put("description", description);
        snapshot.put("proposedBy", proposedBy == null ? null : proposedBy.getName());
        snapshot.put("proposerNote", proposerNote);
        snapshot.put("commitments", commitments.stream().map(Commitment::getId).sorted().toList());
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Priority p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Priority.class.hashCode();
    }
}
