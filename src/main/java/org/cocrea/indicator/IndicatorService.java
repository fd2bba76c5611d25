package org.cocrea.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.account.Account;
import org.cocrea.audit.AuditTrail;
import org.cocrea.commitment.Commitment;
import org.cocrea.file.CheckedUpload;
import org.cocrea.file.Download;
import org.cocrea.file.FileStore;
import org.cocrea.file.Upload;
import org.cocrea.file.UploadPolicy;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanStatus;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.Caller;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * Indicators and their measurements. The secretariat of the plan's state defines indicators (on a
 * commitment or on a result of the theory of change); it and the responsible actors of a published
 * commitment add measurements to the commitment's indicators. The public reads the indicators of
 * public commitments and of published plans' results. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class IndicatorService {

    private static final String INDICATORS = "select i from Indicator i join fetch i.plan p join fetch p.state "
            + "left join fetch i.commitment c left join fetch i.result ";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private UploadPolicy uploadPolicy;

    @Inject
    private FileStore fileStore;

    @Inject
    private Clock clock;

    public Indicator createOnCommitment(long commitmentId, Indicator form) {
        Commitment commitment = Records.found(em.find(Commitment.class, commitmentId));
        return create(commitment.getStateId(), form, () -> form.placeOn(commitment));
    }

    public Indicator createOnResult(long theoryItemId, Indicator form) {
        TheoryItem result = Records.found(em.find(TheoryItem.class, theoryItemId));
        return create(result.getStateId(), form, () -> form.placeOn(result));
    }

    private Indicator create(Long stateId, Indicator form, Runnable place) {
        Caller caller = currentCaller.get();
        caller.requireSecretariatOf(stateId);
        place.run();
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        return form;
    }

    /** Saves an indicator edited in a form; refuses if someone saved it meanwhile. */
    public Indicator update(Indicator edited) {
        Caller caller = currentCaller.get();
        Indicator indicator = Records.found(em.find(Indicator.class, edited.getId()));
        caller.requireSecretariatOf(indicator.getStateId());
        ConcurrentChange.check(edited.getVersion(), indicator.getVersion());
        var before = indicator.auditSnapshot();
        indicator.takeFrom(edited);
        audit.record(caller.username(), "UPDATE", indicator, before);
        return indicator;
    }

    /**
     * A measurement of the indicator with an optional evidence file, checked before anything is
     * written; by the secretariat or a responsible actor of the indicator's published commitment.
     */
    public Measurement measure(long indicatorId, Measurement form, Upload file) {
        Caller caller = currentCaller.get();
        Indicator indicator = Records.found(em.find(Indicator.class, indicatorId));
        if (!indicator.mayMeasure(caller)) {
            if (indicator.isVisibleTo(caller)) {
                throw new AccessDeniedException();
            }
            throw new NotFoundException();
        }
        CheckedUpload checked = file == null ? null : uploadPolicy.check(file);
        Account by = em.find(Account.class, caller.accountId());
        Measurement measurement = form.takenFor(indicator, by, indicator.getPlan().today(clock));
        if (checked != null) {
            measurement.prove(fileStore.save(checked, by));
        }
        em.persist(measurement);
        audit.record(caller.username(), "MEASURE", measurement, null);
        return measurement;
    }

    /** An indicator for its secretariat (to edit it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicator forSecretariat(long indicatorId) {
        Indicator indicator = one(indicatorId);
        currentCaller.get().requireSecretariatOf(indicator.getStateId());
        return indicator;
    }

    /** An indicator for whoever may add measurements to it (the measurement page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrackedIndicator forMeasuring(long indicatorId) {
        Indicator indicator = one(indicatorId);
        Caller caller = currentCaller.get();
        if (!indicator.mayMeasure(caller)) {
            throw indicator.isVisibleTo(caller) ? new AccessDeniedException() : new NotFoundException();
        }
        return tracked(List.of(indicator)).get(0);
    }

    /** Every indicator of a plan (of its commitments and its results) with its measurements, for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrackedIndicator> ofPlanForSecretariat(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        return tracked(em.createQuery(INDICATORS + "where p.id = :p order by i.id", Indicator.class)
                .setParameter("p", planId).getResultList());
    }

    /** The indicators of a commitment, for whoever may see the commitment; nothing for anybody else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrackedIndicator> ofCommitment(long commitmentId) {
        Caller caller = currentCaller.get();
        return tracked(em.createQuery(INDICATORS + "where c.id = :c order by i.id", Indicator.class)
                .setParameter("c", commitmentId).getResultList().stream()
                .filter(i -> i.isVisibleTo(caller))
                .toList());
    }

    /**
     * The indicators of the published commitments the caller's organization leads or is
     * co-responsible for, where it may add measurements; none for anybody without an organization.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrackedIndicator> ofCallersCommitments() {
        Caller caller = currentCaller.get();
        if (caller.actorId() == null || caller.stateId() == null) {
            return List.of();
        }
        return tracked(em.createQuery(INDICATORS + "where c.publishedVersion is not null and c.stateId = :s "
                        + "and (c.leadInstitution.id = :a or exists (select r from Commitment c2 join c2.coResponsibles r "
                        + "where c2.id = c.id and r.id = :a)) order by i.id", Indicator.class)
                .setParameter("s", caller.stateId())
                .setParameter("a", caller.actorId())
                .getResultList().stream()
                .filter(i -> i.mayMeasure(caller))
                .toList());
    }

    /** The public indicators of a published plan: those of its public commitments and of its results. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrackedIndicator> publicOfPlan(long planId) {
        return tracked(em.createQuery(INDICATORS + "where p.id = :p and p.status <> :draft "
                        + "and (c is null or c.publishedVersion is not null) order by i.id", Indicator.class)
                .setParameter("p", planId).setParameter("draft", PlanStatus.DRAFT).getResultList());
    }

    /** A measurement's evidence file, for whoever may see its indicator; not found for everybody else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download evidence(long measurementId) {
        Measurement measurement = em.createQuery("select m from Measurement m join fetch m.indicator i join fetch i.plan p "
                        + "join fetch p.state left join fetch i.commitment where m.id = :id", Measurement.class)
                .setParameter("id", measurementId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        Indicator indicator = measurement.getIndicator();
        Caller caller = currentCaller.get();
        if (measurement.getEvidence() == null || !(indicator.isVisibleTo(caller) || indicator.mayMeasure(caller))) {
            throw new NotFoundException();
        }
        return fileStore.download(measurement.getEvidence(), indicator.isPublic());
    }

    private Indicator one(long indicatorId) {
        return em.createQuery(INDICATORS + "where i.id = :id", Indicator.class)
                .setParameter("id", indicatorId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** The indicators with their measurements, read in one more query whatever their number. */
    private List<TrackedIndicator> tracked(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Measurement>> byIndicator = em.createQuery("select m.indicator.id, m from Measurement m "
                        + "where m.indicator.id in :ids order by m.measuredOn, m.id", Object[].class)
                .setParameter("ids", indicators.stream().map(Indicator::getId).toList())
                .getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (Measurement) row[1], Collectors.toList())));
        return indicators.stream()
                .map(i -> TrackedIndicator.of(i, byIndicator.getOrDefault(i.getId(), List.of()), i.getPlan().today(clock)))
                .toList();
    }
}
