package org.cocrea.evaluation;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.account.Account;
import org.cocrea.audit.AuditEntry;
import org.cocrea.audit.AuditTrail;
import org.cocrea.commitment.Commitment;
import org.cocrea.file.StoredFile;
import org.cocrea.milestone.Milestone;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;

/**
 * What evaluators do: score the commitments of the plans they are assigned to, blind to the others
 * until they submit, and (the lead) reconcile them. Every read and write checks the assignment
 * ({@link EvaluatorAccess}); every change is audited.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private EvaluatorAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A commitment and moment waiting for the caller. */
    public record Task(Commitment commitment, Moment moment, String planTitle) {
    }

    /** What waits for an evaluator: assessments to do, its own drafts, and (a lead) what needs reconciling. */
    public record Home(List<Task> toAssess, List<Task> drafts, List<Task> toReconcile) {
    }

    /** The evaluator's home, in five queries whatever the number of plans and commitments. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Home home() {
        return homeOf(currentCaller.get());
    }

    /** What waits for this caller as an evaluator (also the evaluation's "Pendientes"), in five queries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Home homeOf(Caller caller) {
        List<EvaluatorAssignment> running = access.running(caller);
        if (running.isEmpty()) {
            return new Home(List.of(), List.of(), List.of());
        }
        List<Long> planIds = running.stream().map(a -> a.getPlan().getId()).toList();
        Set<Long> leadPlans = new HashSet<>();
        running.stream().filter(EvaluatorAssignment::isLead).forEach(a -> leadPlans.add(a.getPlan().getId()));
        List<Commitment> commitments = em.createQuery("select c from Commitment c join fetch c.plan p join fetch p.state "
                        + "where p.id in :plans and c.publishedVersion is not null order by p.id, c.id", Commitment.class)
                .setParameter("plans", planIds)
                .getResultList();
        Map<String, Boolean> mine = new HashMap<>();
        for (Object[] row : em.createQuery("select a.commitment.id, a.moment, a.submittedAt from Assessment a "
                        + "where a.evaluator.id = :e and a.planId in :plans", Object[].class)
                .setParameter("e", caller.accountId())
                .setParameter("plans", planIds)
                .getResultList()) {
            mine.put(row[0] + "/" + row[1], row[2] != null);
        }
        Map<String, Long> submitted = new HashMap<>();
        for (Object[] row : em.createQuery("select a.commitment.id, a.moment, count(a) from Assessment a "
                        + "where a.planId in :plans and a.submittedAt is not null group by a.commitment.id, a.moment", Object[].class)
                .setParameter("plans", planIds)
                .getResultList()) {
            submitted.put(row[0] + "/" + row[1], (Long) row[2]);
        }
        Set<String> reconciled = new HashSet<>();
        for (Object[] row : em.createQuery("select distinct v.commitment.id, v.moment from ResultVersion v where v.planId in :plans",
                        Object[].class)
                .setParameter("plans", planIds)
                .getResultList()) {
            reconciled.add(row[0] + "/" + row[1]);
        }
        List<Task> toAssess = new ArrayList<>();
        List<Task> drafts = new ArrayList<>();
        List<Task> toReconcile = new ArrayList<>();
        for (Commitment c : commitments) {
            for (Moment moment : Moment.values()) {
                if (!isOpen(c, moment)) {
                    continue;
                }
                String key = c.getId() + "/" + moment;
                Task task = new Task(c, moment, c.getPlan().getTitle());
                Boolean own = mine.get(key);
                if (own == null) {
                    toAssess.add(task);
                } else if (!own) {
                    drafts.add(task);
                }
                if (leadPlans.contains(c.getPlan().getId()) && submitted.getOrDefault(key, 0L) >= 2 && !reconciled.contains(key)) {
                    toReconcile.add(task);
                }
            }
        }
        return new Home(toAssess, drafts, toReconcile);
    }

    /** Design once the commitment is published; results from the plan's last day on (the plan's today). */
    private boolean isOpen(Commitment commitment, Moment moment) {
        return moment == Moment.DESIGN ? commitment.isPublished()
                : !commitment.getPlan().today(clock).isBefore(commitment.getPlan().getCycleEnd());
    }

    private void requireOpen(Commitment commitment, Moment moment) {
        if (!isOpen(commitment, moment)) {
            throw new DomainException(moment == Moment.DESIGN ? "evaluation.moment.notPublished" : "evaluation.moment.beforeEnd");
        }
    }

    /** The commitment as an assigned evaluator reads it, with its milestones, reports and evidence (read-only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment forEvaluator(long commitmentId) {
        return access.commitment(currentCaller.get(), commitmentId);
    }

    /** The milestones (with reports) of a commitment the caller evaluates, in order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> milestones(long commitmentId) {
        access.commitment(currentCaller.get(), commitmentId);
        // reports and their evidence in this one query (EclipseLink's nested fetch-join hint: a JPQL fetch join
        // through the reports would leave one evidence query per report, which QueryCountIT catches)
        return em.createQuery("select distinct m from Milestone m where m.commitment.id = :c order by m.startDate, m.id", Milestone.class)
                .setParameter("c", commitmentId)
                .setHint("eclipselink.left-join-fetch", "m.reports.evidence")
                .getResultList();
    }

    /** The change log of a commitment the caller evaluates ({@link EvaluatorAccess#changeLog}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> changeLog(long commitmentId) {
        return access.changeLog(currentCaller.get(), commitmentId);
    }

    /** The caller's own assessment (a blank unsaved one if it has none yet). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessment own(long commitmentId, Moment moment) {
        Caller caller = currentCaller.get();
        Commitment commitment = access.commitment(caller, commitmentId);
        requireOpen(commitment, moment);
        Assessment own = find(commitmentId, moment, caller.accountId());
        return own != null ? own : new Assessment(commitment, moment, em.find(Account.class, caller.accountId()));
    }

    /** Saves the caller's draft. */
    public Assessment save(long commitmentId, Moment moment, List<ScoredItem> items) {
        return write(commitmentId, moment, items, false);
    }

    /** Saves and submits the caller's assessment: complete, and then immutable. */
    public Assessment submit(long commitmentId, Moment moment, List<ScoredItem> items) {
        return write(commitmentId, moment, items, true);
    }

    private Assessment write(long commitmentId, Moment moment, List<ScoredItem> items, boolean submit) {
        Caller caller = currentCaller.get();
        Commitment commitment = access.commitment(caller, commitmentId);
        requireOpen(commitment, moment);
        items.forEach(item -> checkReferences(commitment, item));
        Assessment assessment = find(commitmentId, moment, caller.accountId());
        boolean created = assessment == null;
        if (created) {
            assessment = new Assessment(commitment, moment, em.find(Account.class, caller.accountId()));
        }
        var before = created ? null : assessment.auditSnapshot();
        assessment.fill(items, caller);
        if (submit) {
            assessment.submit(caller, clock.instant());
        }
        if (created) {
            em.persist(assessment);
        }
        audit.record(caller.username(), submit ? "SUBMIT_ASSESSMENT" : (created ? "CREATE" : "UPDATE"), assessment, before);
        return assessment;
    }

    /**
     * The other evaluators' submitted assessments of that commitment and moment: only after the
     * caller submitted its own (blind scoring). The lead evaluator reads them in {@link #reconciliation}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assessment> others(long commitmentId, Moment moment) {
        Caller caller = currentCaller.get();
        access.commitment(caller, commitmentId);
        if (!Assessment.revealsOthersTo(find(commitmentId, moment, caller.accountId()))) {
            throw new DomainException("evaluation.blind");
        }
        return submitted(commitmentId, moment).stream().filter(a -> !a.isAuthor(caller)).toList();
    }

    /** What the lead evaluator reconciles: the submitted assessments side by side and the latest result. */
    public record Reconciliation(Commitment commitment, Moment moment, List<Assessment> assessments, ResultVersion latest,
                                 List<Agreement> planAgreement) implements Serializable {

        /** Whether all evaluators gave the item the same level. */
        public boolean agreeOn(Item item) {
            return Agreement.unanimous(assessments.stream().map(a -> a.levelOf(item)).toList());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Reconciliation reconciliation(long commitmentId, Moment moment) {
        Caller caller = currentCaller.get();
        Commitment commitment = access.commitmentForLead(caller, commitmentId);
        requireOpen(commitment, moment);
        // a lead who scores too reconciles only after submitting its own: it stays blind until then
        Assessment own = find(commitmentId, moment, caller.accountId());
        if (own != null && !own.isSubmitted()) {
            throw new DomainException("evaluation.blind");
        }
        return new Reconciliation(commitment, moment, submitted(commitmentId, moment), latest(commitmentId, moment),
                agreement(commitment.getPlan().getId(), moment));
    }

    /** Percent agreement and ordinal alpha per item, over the plan's submitted assessments of that moment. */
    private List<Agreement> agreement(long planId, Moment moment) {
        Map<Long, Map<Item, List<Integer>>> byCommitment = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select a.commitment.id, i.item, i.level from Assessment a join a.items i "
                        + "where a.planId = :p and a.moment = :m and a.submittedAt is not null order by a.commitment.id, a.id",
                        Object[].class)
                .setParameter("p", planId)
                .setParameter("m", moment)
                .getResultList()) {
            Item item = (Item) row[1];
            byCommitment.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent(item, k -> new ArrayList<>())
                    .add(item.rank((String) row[2]));
        }
        return Item.of(moment).stream()
                .map(item -> Agreement.of(item, byCommitment.values().stream().map(m -> m.getOrDefault(item, List.of())).toList()))
                .toList();
    }

    /**
     * The lead evaluator records the reconciled result: a note on every item where evaluators
     * differed. Before publication the pending version changes; after, a new version with a
     * correction note.
     */
    public ResultVersion reconcile(long commitmentId, Moment moment, List<ScoredItem> items, String correctionNote) {
        Caller caller = currentCaller.get();
        Commitment commitment = access.commitmentForLead(caller, commitmentId);
        requireOpen(commitment, moment);
        items.forEach(item -> checkReferences(commitment, item));
        ResultVersion latest = latest(commitmentId, moment);
        ResultVersion target = latest;
        var before = latest == null ? null : latest.auditSnapshot();
        if (latest == null || latest.isPublished()) {
            int number = em.createQuery("select coalesce(max(v.number), 0) from ResultVersion v where v.commitment.id = :c",
                            Integer.class)
                    .setParameter("c", commitmentId)
                    .getSingleResult() + 1;
            target = new ResultVersion(commitment, moment, number, latest != null);
            before = null;
        }
        target.record(items, submitted(commitmentId, moment), correctionNote, em.find(Account.class, caller.accountId()));
        if (target.getId() == null) {
            em.persist(target);
        }
        audit.record(caller.username(), "RECONCILE", target, before);
        return target;
    }

    /** A reference inside Cocrea must belong to the commitment; outside, an http(s) link. Refusals beside the item. */
    private void checkReferences(Commitment commitment, ScoredItem item) {
        for (String ref : item.references()) {
            String[] parts = ref.split(":", 2);
            String query = switch (parts[0].toLowerCase(java.util.Locale.ROOT)) {
                case "milestone" -> "select count(m) from Milestone m where m.id = :id and m.commitment.id = :c";
                case "report" -> "select count(r) from ProgressReport r where r.id = :id and r.milestone.commitment.id = :c";
                case "evidence" -> "select count(e) from Evidence e where e.id = :id and e.report.milestone.commitment.id = :c";
                default -> null;
            };
            if (query == null) {
                try {
                    StoredFile.checkedUrl(ref);
                } catch (DomainException e) {
                    throw DomainException.onField(item.getItem().name(), "evaluation.reference.invalid", ref);
                }
                continue;
            }
            long id;
            try {
                id = Long.parseLong(parts[1].strip());
            } catch (NumberFormatException e) {
                throw DomainException.onField(item.getItem().name(), "evaluation.reference.invalid", ref);
            }
            long found = em.createQuery(query, Long.class).setParameter("id", id).setParameter("c", commitment.getId())
                    .getSingleResult();
            if (found == 0) {
                throw DomainException.onField(item.getItem().name(), "evaluation.reference.otherCommitment", ref);
            }
        }
    }

    private Assessment find(long commitmentId, Moment moment, Long evaluatorId) {
        return em.createQuery("select a from Assessment a where a.commitment.id = :c and a.moment = :m and a.evaluator.id = :e",
                        Assessment.class)
                .setParameter("c", commitmentId)
                .setParameter("m", moment)
                .setParameter("e", evaluatorId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<Assessment> submitted(long commitmentId, Moment moment) {
        return em.createQuery("select a from Assessment a join fetch a.evaluator where a.commitment.id = :c and a.moment = :m "
                        + "and a.submittedAt is not null order by a.submittedAt, a.id", Assessment.class)
                .setParameter("c", commitmentId)
                .setParameter("m", moment)
                .getResultList();
    }

    ResultVersion latest(long commitmentId, Moment moment) {
        return em.createQuery("select v from ResultVersion v where v.commitment.id = :c and v.moment = :m order by v.number desc",
                        ResultVersion.class)
                .setParameter("c", commitmentId)
                .setParameter("m", moment)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
