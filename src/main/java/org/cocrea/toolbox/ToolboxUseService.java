package org.cocrea.toolbox;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.attachment.AttachmentStore;
import org.cocrea.audit.AuditTrail;
import org.cocrea.file.Upload;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.Caller;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.Records;

/**
 * Toolbox use (issue 9): the secretariat of a plan's state records which toolbox material the plan
 * used or adapted, in which phase, and uploads its adapted versions; it edits and withdraws its own
 * state's uses only (anybody else is refused). Every change is audited; a withdrawal keeps the record.
 * The toolbox shows, for a page of materials and in one query, where each was used: the uses that are
 * not withdrawn of published plans, for anybody.
 * A use in the training phase ticks that phase's "materials shared" from the records.
 */
@ApplicationScoped
@Transactional
public class ToolboxUseService {

    /** Where a material was used, as the public toolbox shows it; {@code fileId} only when its adapted version is public. */
    public record PublicUse(long materialId, String stateName, long planId, String planTitle, Phase phase, UseKind kind,
                            Long fileId, String fileName) {
    }

    /** A material the plan may use, as the form's menu offers it. */
    public record Choice(long id, String title, Phase phase, boolean shared) implements Serializable {
    }

    static final String TRAINING_ITEM = "MATERIALS_SHARED";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private AttachmentStore attachments;

    @Inject
    private PlanService plans;

    @Inject
    private Clock clock;

    /** Records a use of {@code materialId} in the plan, with its adapted version if one is given (none: null; one transaction: a refused file leaves nothing). */
    public ToolboxUse record(long planId, long materialId, ToolboxUse form, Upload adapted) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        caller.requireSecretariatOf(plan.getState().getId());
        form.recordIn(plan, em.find(ToolboxMaterial.class, materialId), caller.username());
        if (adapted != null) {
            form.requireAdaptable();
        }
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        if (adapted != null) {
            attach(form, adapted, caller);
        }
        tick(form);
        return form;
    }

    /** Saves the phase, kind and note edited in a form; refuses if someone saved the use meanwhile. */
    public ToolboxUse update(long useId, ToolboxUse edited) {
        Caller caller = currentCaller.get();
        ToolboxUse use = load(useId);
        caller.requireSecretariatOf(use.getStateId());
        ConcurrentChange.check(edited.getVersion(), use.getVersion());
        var before = use.auditSnapshot();
        use.takeFrom(edited);
        audit.record(caller.username(), "UPDATE", use, before);
        tick(use);
        return use;
    }

    /** A new adapted version of an adapted use: the earlier ones stay. */
    public Attachment uploadVersion(long useId, Upload adapted) {
        Caller caller = currentCaller.get();
        ToolboxUse use = load(useId);
        caller.requireSecretariatOf(use.getStateId());
        use.requireAdaptable();
        return attach(use, adapted, caller);
    }

    /** Withdraws a use, with the reason: audited, kept, no longer shown in the toolbox. */
    public void withdraw(long useId, String reason) {
        Caller caller = currentCaller.get();
        ToolboxUse use = load(useId);
        caller.requireSecretariatOf(use.getStateId());
        var before = use.auditSnapshot();
        use.withdraw(reason, caller.username(), clock.instant());
        audit.record(caller.username(), "WITHDRAW_USE", use, before);
    }

    /** The plan's uses, withdrawn ones included, by phase: for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ToolboxUse> ofPlan(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        return em.createQuery("select u from ToolboxUse u join fetch u.material left join fetch u.adaptedFile "
                        + "where u.plan.id = :plan order by u.phase, u.createdAt, u.id", ToolboxUse.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    /** Every adapted version of these uses (which the caller got from {@link #ofPlan}), oldest first, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<Attachment>> versionsOf(Collection<ToolboxUse> uses) {
        Caller caller = currentCaller.get();
        return attachments.ofAll(AttachmentOwner.TOOLBOX_USE,
                uses.stream().filter(u -> caller.runsSecretariatOf(u.getStateId())).map(ToolboxUse::getId).toList());
    }

    /** The materials the plan's state may use (shared and its own), by phase and title: for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Choice> choicesFor(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        Long stateId = plan.getState().getId();
        currentCaller.get().requireSecretariatOf(stateId);
        return em.createQuery("select m.id, m.title, m.phase, m.stateId from ToolboxMaterial m "
                        + "where m.stateId is null or m.stateId = :state order by m.phase, m.title, m.id", Object[].class)
                .setParameter("state", stateId)
                .getResultStream()
                .map(r -> new Choice((Long) r[0], (String) r[1], (Phase) r[2], r[3] == null))
                .toList();
    }

    /**
     * Where these materials were used, by material id, in one query whatever their number: the uses
     * that are not withdrawn of published plans, by state and phase; the adapted version only of a
     * shared material (a state's own material and its versions are not public).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<PublicUse>> publicUsesOf(Collection<ToolboxMaterial> materials) {
        List<Long> ids = materials.stream().map(ToolboxMaterial::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m.id, s.name, p.id, p.title, u.phase, u.kind, m.stateId, f.id, f.stored.fileName "
                        + "from ToolboxUse u join u.material m join u.plan p join p.state s left join u.adaptedFile f "
                        + "where m.id in :ids and u.withdrawnAt is null and p.status <> org.cocrea.plan.PlanStatus.DRAFT "
                        + "order by s.name, p.cycleStart, u.phase, u.id", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(r -> new PublicUse((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (Phase) r[4], (UseKind) r[5],
                        r[6] == null ? (Long) r[7] : null, r[6] == null ? (String) r[8] : null))
                .collect(Collectors.groupingBy(PublicUse::materialId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The plan a secretariat member records a use in from the toolbox: its state's newest plan; none
     * for anybody else (no query for the public).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Long planToRecordIn() {
        Caller caller = currentCaller.get();
        if (caller.isAnonymous() || !caller.runsSecretariatOf(caller.stateId())) {
            return null;
        }
        return em.createQuery("select p.id from ActionPlan p where p.state.id = :state order by p.cycleStart desc, p.id desc",
                        Long.class)
                .setParameter("state", caller.stateId())
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private Attachment attach(ToolboxUse use, Upload adapted, Caller caller) {
        var before = use.auditSnapshot();
        Attachment file = attachments.addFile(use, adapted, caller);
        use.adaptedAs(file);
        audit.record(caller.username(), "ADAPT", use, before);
        return file;
    }

    /** A use in the training phase: the training's materials were shared (ticked from the records, once). */
    private void tick(ToolboxUse use) {
        if (use.getPhase() == Phase.TRAINING) {
            plans.tickFromRecords(use.getPlan().getId(), Phase.TRAINING, TRAINING_ITEM);
        }
    }

    private ToolboxUse load(long useId) {
        return Records.found(em.find(ToolboxUse.class, useId));
    }
}
