package org.cocrea.worksession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Records;
import org.cocrea.social.VigilanceGroup;

/**
 * The trainings vigilance groups attended (issue 15): the secretariat of the group's state records
 * and removes them and is the only one to read them; each list is one query.
 */
@ApplicationScoped
@Transactional
public class GroupTrainings {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    /** Records that the group attended the training session; refusals on {@value GroupTraining#FIELD}. */
    public GroupTraining record(long groupId, Long sessionId) {
        Caller caller = currentCaller.get();
        VigilanceGroup group = Records.found(em.find(VigilanceGroup.class, groupId));
        caller.requireSecretariatOf(group.getStateId());
        if (sessionId == null) {
            throw DomainException.onField(GroupTraining.FIELD, "vigilance.training.required");
        }
        WorkSession session = em.find(WorkSession.class, sessionId);
        if (session == null) {
            throw DomainException.onField(GroupTraining.FIELD, "vigilance.training.unknown");
        }
        GroupTraining training = new GroupTraining(group, session);
        if (!em.createQuery("select t.id from GroupTraining t where t.group = :g and t.session = :s", Long.class)
                .setParameter("g", group).setParameter("s", session).getResultList().isEmpty()) {
            throw DomainException.onField(GroupTraining.FIELD, "vigilance.training.already");
        }
        em.persist(training);
        audit.record(caller.username(), "TRAINING_ADD", training, null);
        return training;
    }

    public void remove(long trainingId) {
        Caller caller = currentCaller.get();
        GroupTraining training = Records.found(em.find(GroupTraining.class, trainingId));
        caller.requireSecretariatOf(training.auditStateId());
        audit.record(caller.username(), "TRAINING_REMOVE", training, training.auditSnapshot());
        em.remove(training);
    }

    /** The trainings the group attended, oldest first, for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GroupTraining> of(VigilanceGroup group) {
        currentCaller.get().requireSecretariatOf(group.getStateId());
        return em.createQuery("select t from GroupTraining t join fetch t.session s where t.group.id = :g "
                        + "order by s.heldOn, t.id", GroupTraining.class)
                .setParameter("g", group.getId()).getResultList();
    }

    /** The training sessions of the group's state it has not attended yet, latest first: what may be recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkSession> offered(VigilanceGroup group) {
        currentCaller.get().requireSecretariatOf(group.getStateId());
        return em.createQuery("select s from WorkSession s where s.stateId = :st and s.kind = :k and not exists "
                        + "(select t.id from GroupTraining t where t.session = s and t.group.id = :g) "
                        + "order by s.heldOn desc, s.id desc", WorkSession.class)
                .setParameter("st", group.getStateId()).setParameter("k", WorkSessionKind.TRAINING)
                .setParameter("g", group.getId()).getResultList();
    }
}
