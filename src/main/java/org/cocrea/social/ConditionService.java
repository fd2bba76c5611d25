package org.cocrea.social;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.attachment.AttachmentStore;
import org.cocrea.audit.AuditTrail;
import org.cocrea.file.Upload;
import org.cocrea.shared.Caller;
import org.cocrea.shared.ConcurrentChange;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * The conditions checklist of social programs: the administrator keeps the list of conditions; the
 * secretariat of a program's state records whether the program meets each one, with evidence
 * (attachments); whoever may read the program reads its checklist.
 */
@ApplicationScoped
@Transactional
public class ConditionService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private AttachmentStore attachments;

    @Inject
    private SocialProgramService programs;

    /** One line of a program's checklist: the condition, its check (null: not checked yet) and the check's evidence. */
    public record Line(ProgramCondition condition, ConditionCheck check, List<Attachment> evidence) implements Serializable {

        public boolean checked() {
            return check != null;
        }

        public boolean met() {
            return check != null && check.isMet();
        }
    }

    /** Every condition, active first, in their order: for the administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgramCondition> all() {
        currentCaller.get().requireAdmin();
        return em.createQuery("select c from ProgramCondition c order by c.active desc, c.position, c.id", ProgramCondition.class)
                .getResultList();
    }

    /** A new condition, last in the list (administrator). */
    public ProgramCondition add(String nameEs, String nameEn) {
        Caller caller = currentCaller.get();
        caller.requireAdmin();
        Integer last = em.createQuery("select max(c.position) from ProgramCondition c", Integer.class).getSingleResult();
        ProgramCondition condition = new ProgramCondition(nameEs, nameEn, last == null ? 1 : last + 1);
        em.persist(condition);
        audit.record(caller.username(), "CREATE", condition, null);
        return condition;
    }

    /** New names of a condition (administrator); refuses if someone changed it meanwhile. */
    public void rename(Long conditionId, int version, String nameEs, String nameEn) {
        Caller caller = currentCaller.get();
        caller.requireAdmin();
        if (conditionId == null) {
            throw DomainException.onField("condition", "conditions.condition.required");
        }
        ProgramCondition condition = Records.found(em.find(ProgramCondition.class, conditionId));
        ConcurrentChange.check(version, condition.getVersion());
        var before = condition.auditSnapshot();
        condition.rename(nameEs, nameEn);
        audit.record(caller.username(), "UPDATE", condition, before);
    }

    /** Retires a condition (no longer asked of any program) or brings it back (administrator). */
    public void setActive(long conditionId, boolean active) {
        Caller caller = currentCaller.get();
        caller.requireAdmin();
        ProgramCondition condition = Records.found(em.find(ProgramCondition.class, conditionId));
        var before = condition.auditSnapshot();
        if (active) {
            condition.restore();
        } else {
            condition.retire();
        }
        audit.record(caller.username(), active ? "RESTORE" : "RETIRE", condition, before);
    }

    /**
     * Records whether a program meets a condition (secretariat of its state), today in the state's
     * zone: the first check of the pair or a new answer to it, with optional evidence (a file and
     * http(s) links), all saved together or not at all; audited.
     */
    public ConditionCheck record(long programId, Long conditionId, Boolean met, String note, Upload file, List<String> links) {
        Caller caller = currentCaller.get();
        SocialProgram program = programs.load(programId);
        caller.requireSecretariatOf(program.getStateId());
        ProgramCondition condition = conditionId == null ? null : em.find(ProgramCondition.class, conditionId);
        if (condition == null) {
            throw DomainException.onField("condition", "conditions.condition.required");
        }
        ConditionCheck check = checkOf(programId, conditionId);
        boolean first = check == null;
        var before = first ? null : check.auditSnapshot();
        if (first) {
            check = new ConditionCheck(program, condition);
        }
        check.record(met, note, program.getState().today(clock), caller.username());
        if (first) {
            em.persist(check);
            em.flush();
        }
        audit.record(caller.username(), first ? "CREATE" : "UPDATE", check, before);
        if (file != null) {
            attachments.addFile(check, file, caller);
        }
        for (String link : links) {
            attachments.addLink(check, link, caller);
        }
        return check;
    }

    /**
     * A program's checklist, for whoever may read the program (a draft is not found for anybody but
     * its secretariat): the active conditions in order with their checks and evidence, in three
     * queries whatever their number.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Line> checklist(long programId) {
        SocialProgram program = programs.load(programId);
        if (!program.isVisibleTo(currentCaller.get())) {
            throw new NotFoundException();
        }
        List<ProgramCondition> conditions = em.createQuery(
                        "select c from ProgramCondition c where c.active = true order by c.position, c.id", ProgramCondition.class)
                .getResultList();
        Map<Long, ConditionCheck> checks = em.createQuery(
                        "select k from ConditionCheck k join fetch k.condition where k.program.id = :p", ConditionCheck.class)
                .setParameter("p", programId)
                .getResultStream()
                .collect(Collectors.toMap(k -> k.getCondition().getId(), Function.identity()));
        Map<Long, List<Attachment>> evidence = attachments.ofAll(AttachmentOwner.PROGRAM_CONDITION,
                checks.values().stream().map(ConditionCheck::getId).toList());
        return conditions.stream()
                .map(c -> {
                    ConditionCheck check = checks.get(c.getId());
                    return new Line(c, check, check == null ? List.of() : evidence.getOrDefault(check.getId(), List.of()));
                })
                .toList();
    }

    private ConditionCheck checkOf(long programId, long conditionId) {
        return em.createQuery("select k from ConditionCheck k where k.program.id = :p and k.condition.id = :c", ConditionCheck.class)
                .setParameter("p", programId)
                .setParameter("c", conditionId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
