package org.cocrea.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cocrea.account.Account;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.actor.Actor;
import org.cocrea.audit.AuditTrail;
import org.cocrea.commitment.Commitment;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;
import java.time.Clock;
import java.time.Instant;
import org.cocrea.transparency.TransparencyLog;

/** Milestones: the secretariat defines them and moves their status; the two leads sign them off. */
@ApplicationScoped
@Transactional
public class MilestoneService {

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
    private MilestoneMail mail;

    public Milestone create(long commitmentId, Milestone form, Collection<Long> responsibleIds) {
        Caller caller = currentCaller.get();
        Commitment commitment = Records.found(em.find(Commitment.class, commitmentId));
        caller.requireSecretariatOf(commitment.getStateId());
        form.setResponsibles(actorsOf(commitment, responsibleIds));
        form.attachTo(commitment);
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        structureChanged(caller, commitment);
        return form;
    }

    public Milestone update(Milestone edited, Collection<Long> responsibleIds) {
        Caller caller = currentCaller.get();
        Milestone milestone = load(edited.getId());
        caller.requireSecretariatOf(milestone.getCommitment().getStateId());
        ConcurrentChange.check(edited.getVersion(), milestone.getVersion());
        if (milestone.getStatus() == MilestoneStatus.VERIFIED) {
            throw new DomainException("milestone.verified.locked");
        }
        var before = milestone.auditSnapshot();
        milestone.setTitle(edited.getTitle());
        milestone.setDeliverable(edited.getDeliverable());
        milestone.setStartDate(edited.getStartDate());
        milestone.setEndDate(edited.getEndDate());
        milestone.setWeight(edited.getWeight());
        milestone.setResponsibles(actorsOf(milestone.getCommitment(), responsibleIds));
        milestone.checkDates();
        audit.record(caller.username(), "UPDATE", milestone, before);
        if (milestone.differsFromPublished()) {
            structureChanged(caller, milestone.getCommitment());
        }
        return milestone;
    }

    public void moveTo(long milestoneId, MilestoneStatus next) {
        moveTo(milestoneId, next, null);
    }

    /** A status move by the secretariat; Complete without a final report needs {@code reason} ({@link Milestone#moveTo(MilestoneStatus, String)}). */
    public void moveTo(long milestoneId, MilestoneStatus next, String reason) {
        Caller caller = currentCaller.get();
        Milestone milestone = load(milestoneId);
        caller.requireSecretariatOf(milestone.getCommitment().getStateId());
        var before = milestone.auditSnapshot();
        milestone.moveTo(next, reason);
        audit.record(caller.username(), "STATUS", milestone, before);
        mail.statusChanged(milestone);
        if (next == MilestoneStatus.COMPLETE) {
            logStatus(milestone);
            mail.waitingForSignOff(milestone);
        }
    }

    /**
     * The status and progress an imported file gives a milestone the import has just created (issue
     * 14), by the milestone's rules ({@link Milestone#takeImported}): audited as IMPORT on the
     * milestone, and on its imported report when the progress needs one. No mail and no transparency
     * entry: the commitment is a draft, and the file's word is neither evidence nor a verdict.
     */
    public void importStatus(long milestoneId, MilestoneStatus said, Integer percent, String reason, String narrative) {
        Caller caller = currentCaller.get();
        Milestone milestone = load(milestoneId);
        caller.requireSecretariatOf(milestone.getCommitment().getStateId());
        var before = milestone.auditSnapshot();
        milestone.takeImported(said, percent, reason, narrative, em.find(Account.class, caller.accountId()), milestone.today(clock))
                .ifPresent(report -> {
                    em.persist(report);
                    audit.record(caller.username(), "IMPORT", report, null);
                });
        if (!milestone.auditSnapshot().equals(before)) {
            audit.record(caller.username(), "IMPORT", milestone, before);
        }
    }

    /** The caller signs off a completed milestone for the party they represent. */
    public SignOff signOff(long milestoneId, SignOffParty party) {
        Caller caller = currentCaller.get();
        if (caller.isAnonymous()) {
            throw new AccessDeniedException();
        }
        Milestone milestone = load(milestoneId);
        // two parties signing at once must not both miss each other: the milestone's version moves
        em.lock(milestone, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        var before = milestone.auditSnapshot();
        SignOff signOff = milestone.signOff(party, em.find(Account.class, caller.accountId()), clock.instant());
        audit.record(caller.username(), milestone.getStatus() == MilestoneStatus.VERIFIED ? "VERIFY" : "SIGN_OFF",
                milestone, before);
        transparency.append(() -> MilestoneFacts.signOff(milestone, signOff));
        if (milestone.getStatus() == MilestoneStatus.VERIFIED) {
            logStatus(milestone);
            mail.verified(milestone);
        }
        return signOff;
    }

    /**
     * The caller, asked to sign a complete milestone for {@code party}, declines with a reason: the
     * milestone goes back to In progress, the refusal is audited and mailed to its responsible actors
     * and the secretariat.
     */
    public SignOffDecline decline(long milestoneId, SignOffParty party, String reason) {
        Caller caller = currentCaller.get();
        if (caller.isAnonymous()) {
            throw new AccessDeniedException();
        }
        Milestone milestone = load(milestoneId);
        em.lock(milestone, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT); // as signOff: one of the two wins
        var before = milestone.auditSnapshot();
        SignOffDecline decline = milestone.decline(party, em.find(Account.class, caller.accountId()), reason, clock.instant());
        em.persist(decline);
        audit.record(caller.username(), "DECLINE", milestone, before);
        audit.record(caller.username(), "DECLINE", decline, null);
        mail.declined(milestone, decline);
        return decline;
    }

    /** A milestone that has just become Complete or Verified enters the transparency log. */
    private void logStatus(Milestone milestone) {
        Instant now = clock.instant();
        transparency.append(() -> MilestoneFacts.status(milestone, now));
    }

    /**
     * The milestones of a commitment with their responsibles and sign-offs, in date order: as they are
     * being worked on for its secretariat, as published ({@link #publishedOfCommitment}) for anybody else.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> ofCommitment(long commitmentId) {
        Commitment commitment = Records.found(em.find(Commitment.class, commitmentId));
        if (!currentCaller.get().runsSecretariatOf(commitment.getStateId())) {
            return publishedOfCommitment(commitmentId); // anybody else reads the published version, if public
        }
        // EclipseLink ignores a JPQL fetch join through an alias ("left join fetch m.signOffs s left
        // join fetch s.signedBy") and would load each signer with a query of its own (an N+1 that
        // QueryCountIT catches). Its nested fetch-join hint reads sign-offs and signers in this query.
        return em.createQuery("select distinct m from Milestone m left join fetch m.responsibles "
                        + "where m.commitment.id = :c order by m.startDate, m.id", Milestone.class)
                .setParameter("c", commitmentId)
                .setHint("eclipselink.left-join-fetch", "m.signOffs.signedBy")
                .getResultList();
    }

    /**
     * The milestones of a public commitment as its published version has them (title, deliverable,
     * dates and weight as published; status, percent and sign-offs live), in date order: what the
     * public page shows. A milestone added during a revision is not among them until it is published.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> publishedOfCommitment(long commitmentId) {
        Commitment commitment = Records.found(em.find(Commitment.class, commitmentId));
        if (!commitment.isPublic()) {
            throw new NotFoundException();
        }
        return em.createQuery("select distinct m from Milestone m left join fetch m.responsibles "
                        + "where m.commitment.id = :c and m.published = true", Milestone.class)
                .setParameter("c", commitmentId)
                .setHint("eclipselink.left-join-fetch", "m.signOffs.signedBy")
                .getResultStream()
                .map(Milestone::asPublished)
                .sorted(java.util.Comparator.comparing(Milestone::getStartDate).thenComparing(Milestone::getId))
                .toList();
    }

    /**
     * The sign-offs declined on the published milestones of a public commitment, newest first, by
     * milestone id (issue 13: the decline is visible on the milestone): read in one query for the
     * whole page, so the public page does not ask once per milestone. Who declined is not loaded:
     * the public reads the party, the date and the reason.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, List<SignOffDecline>> publicDeclinesOfCommitment(long commitmentId) {
        Commitment commitment = Records.found(em.find(Commitment.class, commitmentId));
        if (!commitment.isPublic()) {
            throw new NotFoundException();
        }
        java.util.Map<Long, List<SignOffDecline>> byMilestone = new java.util.HashMap<>();
        em.createQuery("select m.id, d from SignOffDecline d join d.milestone m where m.commitment.id = :c and m.published = true"
                        + " order by d.declinedAt desc, d.id desc", Object[].class)
                .setParameter("c", commitmentId)
                .getResultStream()
                .forEach(row -> byMilestone.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add((SignOffDecline) row[1]));
        return byMilestone;
    }

    /** A milestone as its reporting page shows it, for whoever may report on it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Milestone forReporter(long milestoneId) {
        Milestone milestone = withCommitmentAndResponsibles(milestoneId);
        if (!milestone.mayReport(currentCaller.get())) {
            throw new AccessDeniedException();
        }
        return milestone;
    }

    /**
     * The milestones the caller's organization is responsible for, in their own state only.
     * Empty for a caller without an organization.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> mine() {
        Caller caller = currentCaller.get();
        if (caller.actorId() == null) {
            return List.of();
        }
        return em.createQuery("select distinct m from Milestone m join fetch m.commitment c join m.responsibles r "
                        + "where r.id = :actor and c.stateId = :state and m.published = true and " + Commitment.publicWhere("c")
                        + " "
                        + "order by m.endDate, m.id", Milestone.class)
                .setParameter("actor", caller.actorId())
                .setParameter("state", caller.stateId())
                // the state says whose sign-offs are pending (Milestone.requiredParties): in this query
                .setHint("eclipselink.left-join-fetch", "m.commitment.plan.state")
                .getResultList();
    }

    /**
     * Completed milestones still waiting for the caller's sign-off: of commitments their
     * organization leads (government lead) or is a CSO co-responsible of.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> awaitingMySignOff() {
        return awaitingSignOffOf(currentCaller.get());
    }

    /** {@link #awaitingMySignOff()} for a given caller (the "Pendientes" of {@link MilestonesPending}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<Milestone> awaitingSignOffOf(Caller caller) {
        if (caller.actorId() == null) {
            return List.of();
        }
        // The commitment's lead and co-responsibles decide which sign-offs the caller may give
        // (Milestone.partiesSignableBy): fetched with EclipseLink's nested fetch-join hints, as a
        // JPQL fetch join through the alias c would be ignored (one query per commitment). Both
        // conditions are subqueries so that the fetched lead stays an outer join.
        // the information institute signs every milestone of its state where the state says so (issue 13)
        String institute = caller.worksForA(org.cocrea.actor.ActorType.INFORMATION_INSTITUTE)
                ? "or exists (select s from State s where s.id = c.stateId and s.instituteCoSigns = true) " : "";
        return em.createQuery("select distinct m from Milestone m join fetch m.commitment c "
                        + "where m.status = :complete and c.stateId = :state and " + Commitment.publicWhere("c")
                        + " "
                        + "and (exists (select c1 from Commitment c1 where c1 = c and c1.leadInstitution.id = :actor) "
                        + "or exists (select a from Commitment c2 join c2.coResponsibles a where c2 = c and a.id = :actor) "
                        + institute + ") "
                        + "order by m.endDate", Milestone.class)
                .setParameter("complete", MilestoneStatus.COMPLETE)
                .setParameter("state", caller.stateId())
                .setParameter("actor", caller.actorId())
                .setHint("eclipselink.left-join-fetch", "m.commitment.leadInstitution")
                .setHint("eclipselink.left-join-fetch", "m.commitment.coResponsibles")
                // the state's rule says whose sign-offs are required (Milestone.requiredParties)
                .setHint("eclipselink.left-join-fetch", "m.commitment.plan.state")
                // what a signer reads before signing (the reports with their evidence and authors, the
                // sign-offs so far with their signers), in this same query: as many statements with no
                // milestone waiting as with many (QueryCountIT)
                .setHint("eclipselink.left-join-fetch", "m.reports.evidence")
                .setHint("eclipselink.left-join-fetch", "m.reports.author")
                .setHint("eclipselink.left-join-fetch", "m.signOffs.signedBy")
                .getResultList();
    }

    /** A milestone with what its secretariat page shows, for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Milestone forSecretariat(long milestoneId) {
        Milestone milestone = withCommitmentAndResponsibles(milestoneId);
        currentCaller.get().requireSecretariatOf(milestone.getCommitment().getStateId());
        return milestone;
    }

    /** A milestone added or reshaped: a published commitment goes back to Borrador (audited on the commitment). */
    private void structureChanged(Caller caller, Commitment commitment) {
        var before = commitment.auditSnapshot();
        var status = commitment.getStatus();
        commitment.structureChanged();
        if (commitment.getStatus() != status) {
            audit.record(caller.username(), "REVISE", commitment, before);
        }
    }

    private Set<Actor> actorsOf(Commitment commitment, Collection<Long> ids) {
        Set<Actor> actors = new LinkedHashSet<>();
        if (ids != null) {
            for (Long id : ids) {
                Actor actor = em.find(Actor.class, id);
                if (actor == null || !actor.belongsTo(commitment.getStateId())) {
                    throw DomainException.onField("responsibles", "commitment.actor.otherState");
                }
                actors.add(actor);
            }
        }
        return actors;
    }

    private Milestone withCommitmentAndResponsibles(long milestoneId) {
        return em.createQuery("select m from Milestone m join fetch m.commitment c "
                        + "left join fetch m.responsibles where m.id = :id", Milestone.class)
                .setParameter("id", milestoneId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Milestone load(long id) {
        return Records.found(em.find(Milestone.class, id));
    }
}
