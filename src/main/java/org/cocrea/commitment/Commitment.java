package org.cocrea.commitment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.audit.Auditable;
import org.cocrea.milestone.Milestone;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Progress;
import org.cocrea.shared.persistence.Recorded;

/**
 * A commitment (compromiso): its template (the OGP template plus the follow-the-money texts, one
 * {@link CommitmentTemplate}), its lead institution and co-responsible actors, its money per year,
 * its milestones and the drafting workflow. The rules about what a publishable commitment needs, and
 * how its progress is computed, live here.
 */
@Entity
@Table(name = "commitment")
public class Commitment extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private ActionPlan plan;

    /** Copied from the plan so that scoping a query to a state needs no join. */
    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    /** The text the secretariat writes (its own columns of this table). */
    @Valid
    @Embedded
    private CommitmentTemplate template = new CommitmentTemplate();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_institution_id")
    private Actor leadInstitution;

    @ManyToMany
    @JoinTable(name = "commitment_co_responsible",
            joinColumns = @JoinColumn(name = "commitment_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @OrderBy("name")
    private Set<Actor> coResponsibles = new LinkedHashSet<>();

    @Valid
    @OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fiscalYear")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    @OneToMany(mappedBy = "commitment")
    @OrderBy("startDate, id")
    private List<Milestone> milestones = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStatus status = CommitmentStatus.DRAFT;

    /** The number of the latest saved version of the text (version 1 at creation). */
    @Column(name = "current_version", nullable = false)
    private int currentVersion = 1;

    /** The account that last sent it to review (issue 13: separation of duties); null before. */
    @Column(name = "submitted_by")
    private Long submittedBy;

    /** The number of the version the public reads; null while never published. */
    @Column(name = "published_version")
    private Integer publishedVersion;

    /** The title of the published version, for public lists that do not load the frozen text. */
    @Column(name = "published_title")
    private String publishedTitle;

    /** The first publication. */
    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private int version;

    protected Commitment() {
    }

    /** A blank commitment for a creation form. */
    public static Commitment blank() {
        Commitment commitment = new Commitment();
        return commitment;
    }

    public Commitment(ActionPlan plan, String title) {
        this.template.setTitle(title);
        placeIn(plan);
    }

    /** Files a commitment typed into a form under its plan. */
    public void placeIn(ActionPlan plan) {
        if (this.plan != null) {
            throw new IllegalStateException("commitment already has a plan");
        }
        this.plan = plan;
        this.stateId = plan.getState().getId();
    }

    /** Checks the parts that must hold at every save, whatever the status. */
    public void checkConsistency() {
        LocalDate startDate = template.getStartDate();
        LocalDate endDate = template.getEndDate();
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw DomainException.onField("endDate", "commitment.dates.endBeforeStart");
        }
        if (plan != null) {
            plan.requireNearCycle(startDate, "startDate");
            plan.requireNearCycle(endDate, "endDate");
        }
        if (leadInstitution != null && !leadInstitution.belongsTo(stateId)) {
            throw DomainException.onField("leadInstitution", "commitment.actor.otherState");
        }
        if (leadInstitution != null && !leadInstitution.getType().isGovernment()) {
            throw DomainException.onField("leadInstitution", "commitment.lead.notGovernment");
        }
        if (coResponsibles.stream().anyMatch(a -> !a.belongsTo(stateId))) {
            throw DomainException.onField("coResponsibles", "commitment.actor.otherState");
        }
    }

    /** The fields a commitment needs before the public can see it; empty when it may be published. */
    public List<String> missingForPublication() {
        List<String> missing = new ArrayList<>();
        if (isBlank(template.getProblem())) missing.add("problem");
        if (isBlank(template.getObjective())) missing.add("objective");
        if (isBlank(template.getDescription())) missing.add("description");
        if (leadInstitution == null) missing.add("leadInstitution");
        // verification needs a CSO co-responsible to sign: without one, no milestone could be verified
        if (coResponsibles.stream().noneMatch(a -> a.getType() == ActorType.CSO)) missing.add("coResponsibles");
        if (template.getStartDate() == null) missing.add("startDate");
        if (template.getEndDate() == null) missing.add("endDate");
        if (template.getValues().isEmpty()) missing.add("values");
        if (milestones.isEmpty()) missing.add("milestones");
        return missing;
    }

    // ---- the drafting workflow: Borrador → En revisión → Cambios solicitados → Aprobado → Publicado ----

    /** The first version of the text, at creation. */
    public CommitmentVersion firstVersion(String username) {
        currentVersion = 1;
        return new CommitmentVersion(this, 1, CommitmentText.of(this), status, username);
    }

    /**
     * Saves an edited text (template fields, lead institution, co-responsibles). A save that changes
     * the text makes a new version, returned (null when nothing changed); an approved or published
     * commitment goes back to draft, to be approved again (the public keeps the published version).
     * Refused while in review.
     */
    public CommitmentVersion revise(Commitment edited, Actor lead, Set<Actor> newCoResponsibles, String username) {
        newCoResponsibles = newCoResponsibles == null ? Set.of() : newCoResponsibles;
        if (!status.isEditable()) {
            throw new DomainException("workflow.edit.inReview");
        }
        // once published, the parties stay: they sign the milestones' verification, and the public
        // page names them (a revision in draft must not hand signatures to someone not yet approved)
        if (isPublished() && !java.util.Objects.equals(leadInstitution, lead)) {
            throw DomainException.onField("leadInstitution", "workflow.parties.fixed");
        }
        if (isPublished() && !new java.util.HashSet<>(coResponsibles).equals(new java.util.HashSet<>(newCoResponsibles))) {
            throw DomainException.onField("coResponsibles", "workflow.parties.fixed");
        }
        CommitmentText before = CommitmentText.of(this);
        takeTemplateFrom(edited);
        setLeadInstitution(lead);
        setCoResponsibles(newCoResponsibles);
        checkConsistency();
        CommitmentText after = CommitmentText.of(this);
        if (after.equals(before)) {
            return null;
        }
        status = status.afterEdit();
        currentVersion++;
        return new CommitmentVersion(this, currentVersion, after, status, username);
    }

    /** Refuses a decision taken on a version of the text that is no longer the current one. */
    public void requireCurrentVersion(int versionSeen) {
        if (versionSeen != currentVersion) {
            throw new DomainException("workflow.versionMoved", versionSeen, currentVersion);
        }
    }

    /** Borrador or Cambios solicitados → En revisión, by nobody in particular (the demo, unit tests). */
    public void submitForReview() {
        submitForReview(null);
    }

    /** Borrador or Cambios solicitados → En revisión, sent by the account {@code by}. */
    public void submitForReview(Long by) {
        requireMove(CommitmentStatus.IN_REVIEW, "workflow.submit.notAllowed");
        checkConsistency();
        status = CommitmentStatus.IN_REVIEW;
        submittedBy = by;
    }

    /** En revisión → Cambios solicitados; the reason becomes a comment on the current version. */
    public CommitmentComment requestChanges(org.cocrea.account.Account by, String reason) {
        requireMove(CommitmentStatus.CHANGES_REQUESTED, "workflow.requestChanges.notAllowed");
        CommitmentComment comment = CommitmentComment.on(this, null, by, reason, "reason");
        status = CommitmentStatus.CHANGES_REQUESTED;
        return comment;
    }

    /** En revisión → Aprobado, only when the text has everything publication needs. */
    public void approve() {
        approve(null);
    }

    /**
     * {@link #approve()} by the account {@code by}: where the state requires a second approver
     * (separation of duties), not by the account that sent it to review.
     */
    public void approve(Long by) {
        if (!mayBeApprovedBy(by)) {
            throw DomainException.onField("approve", "signoffs.duties.secondApprover");
        }
        requireMove(CommitmentStatus.APPROVED, "workflow.approve.notAllowed");
        requireComplete();
        status = CommitmentStatus.APPROVED;
    }

    /** En revisión or Aprobado → Borrador. */
    public void withdraw() {
        requireMove(CommitmentStatus.DRAFT, "workflow.withdraw.notAllowed");
        status = CommitmentStatus.DRAFT;
    }

    /** Aprobado → Publicado: the current version becomes the text the public reads. */
    public void publish(Instant now) {
        if (status == CommitmentStatus.PUBLISHED) {
            throw new DomainException("commitment.publish.already");
        }
        requireMove(CommitmentStatus.PUBLISHED, "workflow.publish.notApproved");
        requireComplete();
        goPublic(now);
    }

    /**
     * Borrador → Publicado for a commitment just imported from a file, when the secretariat chooses to
     * publish it at the import (issue 14): the file is a plan already agreed on, so it skips the review.
     * The rules: {@link #requirePublishableAtImport()}.
     */
    public void publishImported(Instant now) {
        requirePublishableAtImport();
        goPublic(now);
    }

    /**
     * What publishing at the import needs, also checked on the dry run's copies: a draft never
     * published, not in a state that requires a second approver (nobody else would have read it),
     * and everything {@link #publish} needs ({@link IncompleteCommitmentException}).
     */
    public void requirePublishableAtImport() {
        if (status != CommitmentStatus.DRAFT || isPublished()) {
            throw new DomainException("workflow.publish.notApproved");
        }
        if (plan.getState().isSecondApprover()) {
            throw new DomainException("commitment.publishImported.secondApprover");
        }
        requireComplete();
    }

    private void goPublic(Instant now) {
        status = CommitmentStatus.PUBLISHED;
        publishedVersion = currentVersion;
        publishedTitle = template.getTitle();
        // the structure goes public with the text: milestones and budget lines as they are now
        milestones.forEach(Milestone::publish);
        budgetLines.removeIf(BudgetLine::isWithdrawn);
        budgetLines.forEach(BudgetLine::publish);
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    public boolean maySubmitForReview() {
        return status.canMoveTo(CommitmentStatus.IN_REVIEW);
    }

    public boolean mayRequestChanges() {
        return status.canMoveTo(CommitmentStatus.CHANGES_REQUESTED);
    }

    public boolean mayApprove() {
        return status.canMoveTo(CommitmentStatus.APPROVED);
    }

    /** Separation of duties: false for the account that sent it to review when its state requires a second approver. */
    public boolean mayBeApprovedBy(Long account) {
        return !(plan.getState().isSecondApprover() && submittedBy != null && submittedBy.equals(account));
    }

    public boolean mayWithdraw() {
        return status.canMoveTo(CommitmentStatus.DRAFT);
    }

    public boolean mayPublish() {
        return status.canMoveTo(CommitmentStatus.PUBLISHED);
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    /**
     * A published commitment whose working text is a newer version than the one the public reads,
     * or whose milestones or budget changed since its publication.
     */
    public boolean isUnderRevision() {
        return publishedVersion != null && (currentVersion != publishedVersion || status != CommitmentStatus.PUBLISHED);
    }

    /**
     * Its structure changed (a milestone added, or its title, deliverable, dates or weight; a fiscal
     * year added or removed, or its approved amount): like a change of its text, a published or
     * approved commitment goes back to Borrador, and the public keeps reading the published
     * structure until the next publication. Before a first publication nothing is public anyway.
     */
    public void structureChanged() {
        if (isPublished()) {
            status = status.afterEdit();
        }
    }

    private void requireMove(CommitmentStatus next, String refusal) {
        if (!status.canMoveTo(next)) {
            throw new DomainException(refusal);
        }
    }

    private void requireComplete() {
        checkConsistency();
        List<String> missing = missingForPublication();
        if (!missing.isEmpty()) {
            throw new IncompleteCommitmentException(missing);
        }
    }

    /** Whether a version of the commitment has been published (it stays so while a revision is drafted). */
    public boolean isPublished() {
        return publishedVersion != null;
    }

    /**
     * Published commitments of published plans are public (their frozen text); everything else is the
     * secretariat's. The one rule of "published" for the public, for reporting and for sign-offs;
     * queries say the same with {@link #publicWhere(String)}.
     */
    public boolean isPublic() {
        return isPublished() && plan.isPublished();
    }

    /** {@link #isPublic()} as a JPQL condition on the commitment alias {@code c}, with no parameter to bind. */
    public static String publicWhere(String c) {
        return "(" + c + ".publishedVersion is not null and " + c + ".plan.status <> org.cocrea.plan.PlanStatus.DRAFT)";
    }

    /** Takes the template of an edited copy (not the plan, status, parties, money or milestones). */
    public void takeTemplateFrom(Commitment edited) {
        template.takeFrom(edited.template);
    }

    /** Who may read the commitment and its follow-up: anybody once public; its secretariat always. */
    public boolean isVisibleTo(org.cocrea.shared.Caller caller) {
        return isPublic() || caller.runsSecretariatOf(stateId);
    }

    /**
     * Sets (or replaces) the money of one fiscal year. Which years a commitment has and what was
     * approved for each belong to its published version ({@link #structureChanged()}); the modified
     * and spent amounts of a published year are follow-up, public at once.
     */
    public BudgetLine putBudget(Integer fiscalYear, BigDecimal approved, BigDecimal modified, BigDecimal spent) {
        BudgetLine.requireFiscalYear(fiscalYear);
        for (BudgetLine line : budgetLines) {
            if (line.getFiscalYear() == fiscalYear) {
                boolean structural = line.isWithdrawn() || !sameAmount(line.getApproved(), approved);
                line.change(approved, modified, spent);
                if (structural) {
                    structureChanged();
                }
                return line;
            }
        }
        BudgetLine line = new BudgetLine(this, fiscalYear, approved, modified, spent);
        budgetLines.add(line);
        budgetLines.sort(java.util.Comparator.comparingInt(BudgetLine::getFiscalYear));
        structureChanged();
        return line;
    }

    /** Removes a fiscal year; one the public reads stays public, withdrawn, until the next publication. */
    public void removeBudget(int fiscalYear) {
        for (BudgetLine line : List.copyOf(budgetLines)) {
            if (line.getFiscalYear() == fiscalYear && !line.isWithdrawn()) {
                if (line.isPublished()) {
                    line.withdraw();
                } else {
                    budgetLines.remove(line);
                }
                structureChanged();
            }
        }
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The money as the secretariat works on it (withdrawn years left out). */
    public Budget workingBudget() {
        return new Budget(budgetLines.stream().filter(line -> !line.isWithdrawn()).toList());
    }

    /** The money as the public reads it: the published years with their approved amounts, and the live follow-up. */
    public Budget publishedBudget() {
        return new Budget(budgetLines.stream().filter(BudgetLine::isPublished).map(BudgetLine::asPublished).toList());
    }

    public BigDecimal totalApproved() {
        return workingBudget().totalApproved();
    }

    public BigDecimal totalModified() {
        return workingBudget().totalModified();
    }

    public BigDecimal totalSpent() {
        return workingBudget().totalSpent();
    }

    /** Weighted mean of the milestones' progress; not computable without milestones. */
    public Progress progress() {
        return progressOf(milestones);
    }

    /** The same rule over milestones loaded elsewhere (e.g. with their sign-offs, for a page). */
    public static Progress progressOf(java.util.Collection<Milestone> milestones) {
        return Progress.rollUp(milestones.stream()
                .map(m -> new Progress.Part(m.progress(), m.getWeight()))
                .toList());
    }

    /** The CSOs among the co-responsible actors: any of them may co-sign a verification. */
    public boolean hasCsoCoResponsible(Actor actor) {
        return actor != null && actor.getType() == ActorType.CSO && coResponsibles.contains(actor);
    }

    /** The organizations that take part in the commitment: its lead institution and its co-responsibles. */
    public List<Long> partyIds() {
        return leadAnd(coResponsibles.stream());
    }

    /** The organizations that sign a completed milestone off: the lead institution and the CSO co-responsibles. */
    public List<Long> signerIds() {
        return leadAnd(coResponsibles.stream().filter(a -> a.getType() == ActorType.CSO));
    }

    private List<Long> leadAnd(java.util.stream.Stream<Actor> others) {
        java.util.stream.Stream<Actor> lead = leadInstitution == null ? java.util.stream.Stream.empty() : java.util.stream.Stream.of(leadInstitution);
        return java.util.stream.Stream.concat(lead, others).map(Actor::getId).distinct().toList();
    }

    public boolean isLedBy(Long actorId) {
        return leadInstitution != null && leadInstitution.getId().equals(actorId);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public ActionPlan getPlan() { return plan; }
    public Long getStateId() { return stateId; }
    public CommitmentTemplate getTemplate() { return template; }
    /** The commitment's name: its working title (the public reads {@link #getPublishedTitle()}). */
    public String getTitle() { return template.getTitle(); }
    /** The period of the working text, which milestones must lie within. */
    public LocalDate getStartDate() { return template.getStartDate(); }
    public LocalDate getEndDate() { return template.getEndDate(); }
    public Actor getLeadInstitution() { return leadInstitution; }
    public void setLeadInstitution(Actor leadInstitution) { this.leadInstitution = leadInstitution; }
    public Set<Actor> getCoResponsibles() { return coResponsibles; }
    public void setCoResponsibles(Set<Actor> coResponsibles) { this.coResponsibles = new LinkedHashSet<>(coResponsibles); }
    /** The working budget lines (see {@link #workingBudget()}; the public reads {@link #publishedBudget()}). */
    public List<BudgetLine> getBudgetLines() { return workingBudget().getLines(); }
    public List<Milestone> getMilestones() { return milestones; }
    public CommitmentStatus getStatus() { return status; }
    public Instant getPublishedAt() { return publishedAt; }
    public int getCurrentVersion() { return currentVersion; }
    public Integer getPublishedVersion() { return publishedVersion; }
    public Long getSubmittedBy() { return submittedBy; }
    public String getPublishedTitle() { return publishedTitle; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Long auditCommitmentId() {
        return id;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.putAll(CommitmentText.of(this).auditFields());
        s.put("budget", budgetLines.stream().map(BudgetLine::toString).toList());
        s.put("status", status);
        s.put("currentVersion", currentVersion);
        s.put("publishedVersion", publishedVersion);
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Commitment c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Commitment.class.hashCode();
    }
}
