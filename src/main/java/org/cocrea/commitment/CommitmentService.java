package org.cocrea.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.account.Recipients;
import org.cocrea.actor.Actor;
import org.cocrea.audit.AuditEntry;
import org.cocrea.audit.AuditTrail;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.Outbox;
import org.cocrea.mail.Recipient;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;
import org.cocrea.transparency.TransparencyLog;

/** Commitments: the secretariat of the plan's state writes and publishes them; the public reads published ones. */
@ApplicationScoped
@Transactional
public class CommitmentService {

    private static final String FULL_GRAPH = "select distinct c from Commitment c join fetch c.plan p join fetch p.state "
            + "left join fetch c.leadInstitution left join fetch c.coResponsibles left join fetch c.budgetLines ";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private TransparencyLog transparency;

    @Inject
    private Outbox outbox;

    @Inject
    private Recipients recipients;

    public Commitment create(long planId, Commitment form, Long leadInstitutionId, Collection<Long> coResponsibleIds) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        caller.requireSecretariatOf(plan.getState().getId());
        form.placeIn(plan);
        form.setLeadInstitution(actor(leadInstitutionId));
        form.setCoResponsibles(actors(coResponsibleIds));
        form.checkConsistency();
        em.persist(form);
        em.persist(form.firstVersion(caller.username()));
        audit.record(caller.username(), "CREATE", form, null);
        return form;
    }

    /**
     * Saves the template of a commitment edited in a form; refuses if someone saved it meanwhile.
     * A save that changes the text records a new version (an approved or published commitment goes
     * back to draft); a save that changes nothing records nothing.
     */
    public Commitment update(Commitment edited, Long leadInstitutionId, Collection<Long> coResponsibleIds) {
        Caller caller = currentCaller.get();
        Commitment commitment = load(edited.getId());
        caller.requireSecretariatOf(commitment.getStateId());
        ConcurrentChange.check(edited.getVersion(), commitment.getVersion());
        var before = commitment.auditSnapshot();
        CommitmentVersion version = commitment.revise(edited, actor(leadInstitutionId), actors(coResponsibleIds), caller.username());
        if (version != null) {
            em.persist(version);
            audit.record(caller.username(), "UPDATE", commitment, before);
        }
        return commitment;
    }

    /** Borrador / Cambios solicitados → En revisión. */
    public void submitForReview(long commitmentId) {
        Long by = currentCaller.get().accountId();
        tell(MailKind.REVIEW_REQUESTED, transition(commitmentId, "SUBMIT", c -> c.submitForReview(by)));
    }

    /** En revisión → Cambios solicitados, with the reason as a comment (required: field "reason"). */
    public void requestChanges(long commitmentId, String reason) {
        Caller caller = currentCaller.get();
        Commitment commitment = load(commitmentId);
        caller.requireSecretariatOf(commitment.getStateId());
        var before = commitment.auditSnapshot();
        CommitmentComment comment = commitment.requestChanges(account(caller), reason);
        em.persist(comment);
        audit.record(caller.username(), "REQUEST_CHANGES", commitment, before);
        audit.record(caller.username(), "COMMENT", comment, null);
        tell(MailKind.CHANGES_REQUESTED, commitment, reason);
    }

    /**
     * En revisión → Aprobado, for the version the reviewer read: refused if the text moved on meanwhile
     * (someone withdrew it, edited and resubmitted), so nobody approves a version they have not seen;
     * refused (IncompleteCommitmentException) while publication needs something.
     */
    public void approve(long commitmentId, int versionSeen) {
        Long by = currentCaller.get().accountId();
        tell(MailKind.APPROVED, transition(commitmentId, "APPROVE", c -> {
            c.requireCurrentVersion(versionSeen);
            c.approve(by);
        }));
    }

    /**
     * Aprobado → Publicado: freezes the version the secretariat read as the text the public reads;
     * refused if the text moved on meanwhile.
     */
    public void publish(long commitmentId, int versionSeen) {
        Instant now = clock.instant();
        Commitment published = transition(commitmentId, "PUBLISH", c -> {
            c.requireCurrentVersion(versionSeen);
            c.publish(now);
        });
        logPublication(commitmentId, versionSeen, now);
        tell(MailKind.PUBLISHED, published);
    }

    /**
     * Borrador → Publicado for a commitment the import has just created, when the secretariat chose
     * to publish at the import ({@link Commitment#publishImported}): audited, logged and mailed as
     * {@link #publish}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishImported(long commitmentId) {
        Instant now = clock.instant();
        Commitment published = transition(commitmentId, "PUBLISH", c -> c.publishImported(now));
        logPublication(commitmentId, published.getCurrentVersion(), now);
        tell(MailKind.PUBLISHED, published);
    }

    /**
     * Enters the publication of a version in the transparency log, inside the publishing
     * transaction: here for {@link #publish}, and for the demo builder, which publishes its own way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void logPublication(long commitmentId, int version, Instant publishedAt) {
        CommitmentVersion published = em.createQuery("select v from CommitmentVersion v "
                        + "where v.commitment.id = :id and v.number = :number", CommitmentVersion.class)
                .setParameter("id", commitmentId)
                .setParameter("number", version)
                .getSingleResult();
        transparency.append(() -> published.publicationFacts(publishedAt));
    }

    /** En revisión / Aprobado → Borrador. */
    public void withdraw(long commitmentId) {
        transition(commitmentId, "WITHDRAW", Commitment::withdraw);
    }

    private Commitment transition(long commitmentId, String action, java.util.function.Consumer<Commitment> step) {
        Caller caller = currentCaller.get();
        Commitment commitment = load(commitmentId);
        caller.requireSecretariatOf(commitment.getStateId());
        var before = commitment.auditSnapshot();
        step.accept(commitment);
        audit.record(caller.username(), action, commitment, before);
        return commitment;
    }

    /**
     * Mails a step of the drafting workflow, in its transaction (the outbox): to the secretariat of the
     * commitment's state; a publication also to the people of its lead institution and co-responsibles,
     * with the public page's link. Texts {@code mail.<KIND>.*}: {0} title, {1} state, {2} the reason.
     */
    private void tell(MailKind kind, Commitment commitment, Object... more) {
        List<Recipient> to = new java.util.ArrayList<>(recipients.secretariatOf(commitment.getStateId()));
        String path = "/stl/commitment?id=" + commitment.getId();
        if (kind == MailKind.PUBLISHED) {
            to.addAll(recipients.ofActors(commitment.partyIds()));
            path = "/commitment?id=" + commitment.getId();
        }
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = commitment.getTitle();
        arguments[1] = commitment.getPlan().getState().getName();
        System.arraycopy(more, 0, arguments, 2, more.length);
        outbox.enqueue(kind, to, commitment.getStateId(), path, arguments);
    }

    /** The versions of a commitment's text, newest first: for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommitmentVersion> versions(long commitmentId) {
        currentCaller.get().requireSecretariatOf(load(commitmentId).getStateId());
        return em.createQuery("select v from CommitmentVersion v where v.commitment.id = :id order by v.number desc",
                        CommitmentVersion.class)
                .setParameter("id", commitmentId)
                .getResultList();
    }

    /** Field by field, version {@code a} against version {@code b}: for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TextDiff.Field> compare(long commitmentId, int a, int b) {
        currentCaller.get().requireSecretariatOf(load(commitmentId).getStateId());
        List<CommitmentVersion> both = em.createQuery("select v from CommitmentVersion v "
                        + "where v.commitment.id = :id and v.number in :numbers", CommitmentVersion.class)
                .setParameter("id", commitmentId)
                .setParameter("numbers", List.of(a, b))
                .getResultList();
        CommitmentText textA = both.stream().filter(v -> v.getNumber() == a).findFirst().orElseThrow(NotFoundException::new).text();
        CommitmentText textB = both.stream().filter(v -> v.getNumber() == b).findFirst().orElseThrow(NotFoundException::new).text();
        return TextDiff.compare(textA, textB);
    }

    /** The text the public reads of a public commitment: its published version. Anything else is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitmentText publishedText(long commitmentId) {
        return em.createQuery("select v from CommitmentVersion v join v.commitment c "
                        + "where c.id = :id and v.number = c.publishedVersion and " + Commitment.publicWhere("c"),
                        CommitmentVersion.class)
                .setParameter("id", commitmentId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new)
                .text();
    }

    /** Comments on a commitment's drafts, as threads (oldest first, replies under their parent): for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommitmentComment.Threaded> comments(long commitmentId) {
        currentCaller.get().requireSecretariatOf(load(commitmentId).getStateId());
        return CommitmentComment.threads(em.createQuery("select c from CommitmentComment c join fetch c.author "
                        + "where c.commitment.id = :id order by c.createdAt, c.id", CommitmentComment.class)
                .setParameter("id", commitmentId)
                .getResultList());
    }

    /** A comment on the commitment's current version, or a reply to {@code parentId}; the body's field is "comment". */
    public CommitmentComment comment(long commitmentId, Long parentId, String body) {
        Caller caller = currentCaller.get();
        Commitment commitment = load(commitmentId);
        caller.requireSecretariatOf(commitment.getStateId());
        CommitmentComment parent = parentId == null ? null : Records.found(em.find(CommitmentComment.class, parentId));
        CommitmentComment comment = CommitmentComment.on(commitment, parent, account(caller), body, "comment");
        em.persist(comment);
        audit.record(caller.username(), "COMMENT", comment, null);
        return comment;
    }

    private org.cocrea.account.Account account(Caller caller) {
        return Records.found(em.find(org.cocrea.account.Account.class, caller.accountId()));
    }

    public void putBudget(long commitmentId, Integer fiscalYear, BigDecimal approved, BigDecimal modified, BigDecimal spent) {
        Caller caller = currentCaller.get();
        Commitment commitment = load(commitmentId);
        caller.requireSecretariatOf(commitment.getStateId());
        var before = commitment.auditSnapshot();
        commitment.putBudget(fiscalYear, approved, modified, spent);
        audit.record(caller.username(), "BUDGET", commitment, before);
    }

    public void removeBudget(long commitmentId, int fiscalYear) {
        Caller caller = currentCaller.get();
        Commitment commitment = load(commitmentId);
        caller.requireSecretariatOf(commitment.getStateId());
        var before = commitment.auditSnapshot();
        commitment.removeBudget(fiscalYear);
        audit.record(caller.username(), "BUDGET", commitment, before);
    }

    /** The audit trail of a commitment (and its milestones, reports, evidence), newest first: for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> auditTrail(long commitmentId, int first, int max) {
        currentCaller.get().requireSecretariatOf(load(commitmentId).getStateId());
        return audit.forCommitment(commitmentId, first, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long auditTrailSize(long commitmentId) {
        currentCaller.get().requireSecretariatOf(load(commitmentId).getStateId());
        return audit.countForCommitment(commitmentId);
    }

    /** A commitment with everything its editing page shows, for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment forSecretariat(long commitmentId) {
        Commitment commitment = fullGraph(commitmentId);
        currentCaller.get().requireSecretariatOf(commitment.getStateId());
        return commitment;
    }

    /**
     * A commitment the public may see: published, in a published plan. Anything else is not found.
     * Its template fields are the WORKING text: show {@link #publishedText(long)} to the public.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment published(long commitmentId) {
        Commitment commitment = fullGraph(commitmentId);
        if (!commitment.isPublic()) {
            throw new NotFoundException();
        }
        return commitment;
    }

    /** The commitments of a plan for its secretariat, drafts included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Commitment> ofPlanForSecretariat(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        return ofPlan(planId, false);
    }

    /**
     * The money of a published plan's published commitments, added over their years in one query
     * (SQL's sum of nothing recorded is null: "no registrado").
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MoneyTotals publishedMoneyOfPlan(long planId) {
        return publishedMoneyByPlan(List.of(planId)).getOrDefault(planId, new MoneyTotals(null, null, null));
    }

    /**
     * The same for many plans in one query, per plan id; a plan without any budget line is absent.
     * Only published budget years, with their published approved amount (as the downloads and the
     * comparison of states read them): a revision's draft amount never shows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, MoneyTotals> publishedMoneyByPlan(Collection<Long> planIds) {
        java.util.Map<Long, MoneyTotals> money = new java.util.HashMap<>();
        if (planIds.isEmpty()) {
            return money;
        }
        em.createQuery("select c.plan.id, sum(b.publishedApproved), sum(b.modified), sum(b.spent) from BudgetLine b join b.commitment c "
                        + "where c.plan.id in :plans and b.published = true and " + Commitment.publicWhere("c")
                        + " group by c.plan.id", Object[].class)
                .setParameter("plans", planIds)
                .getResultList()
                .forEach(row -> money.put((Long) row[0], new MoneyTotals((BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3])));
        return money;
    }

    /** The published commitments of a published plan. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Commitment> publishedOfPlan(long planId) {
        return ofPlan(planId, true);
    }

    private List<Commitment> ofPlan(long planId, boolean publishedOnly) {
        var query = em.createQuery("select distinct c from Commitment c left join fetch c.leadInstitution "
                        + "where c.plan.id = :p" + (publishedOnly ? " and c.publishedVersion is not null" : "")
                        + " order by c.id", Commitment.class)
                .setParameter("p", planId);
        return query.getResultList();
    }

    private Commitment fullGraph(long commitmentId) {
        return em.createQuery(FULL_GRAPH + "where c.id = :id", Commitment.class)
                .setParameter("id", commitmentId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Commitment load(long commitmentId) {
        return Records.found(em.find(Commitment.class, commitmentId));
    }

    private Actor actor(Long id) {
        return id == null ? null : em.find(Actor.class, id);
    }

    private Set<Actor> actors(Collection<Long> ids) {
        Set<Actor> actors = new HashSet<>();
        if (ids != null) {
            ids.stream().map(this::actor).filter(java.util.Objects::nonNull).forEach(actors::add);
        }
        return actors;
    }
}
