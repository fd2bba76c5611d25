package org.cocrea.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Records;

/** States and their secretariats: the platform administrator creates them; everyone reads them. */
@ApplicationScoped
@Transactional
public class StateService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    public State create(State form) {
        Caller caller = currentCaller.get();
        caller.requireAdmin();
        if (exists("code", form.getCode())) {
            throw DomainException.onField("code", "state.code.taken");
        }
        if (exists("name", form.getName())) {
            throw DomainException.onField("name", "state.name.taken");
        }
        State state = new State(form.getCode(), form.getName(), form.getSecretariatName());
        state.changeZone(form.getTimeZone());
        em.persist(state);
        audit.record(caller.username(), "CREATE", state, null);
        return state;
    }

    /** The administrator gives a state another of Mexico's zones. */
    public State changeZone(long stateId, String zoneId) {
        return change(stateId, state -> state.changeZone(zoneId));
    }

    /** The administrator records how the program accompanies a state (null: not said). */
    public State changeSupportMode(long stateId, SupportMode mode) {
        return change(stateId, state -> state.changeSupportMode(mode));
    }

    /** A change of a state by the administrator, audited. */
    private State change(long stateId, java.util.function.Consumer<State> change) {
        Caller caller = currentCaller.get();
        caller.requireAdmin();
        State state = find(stateId);
        var before = state.auditSnapshot();
        change.accept(state);
        audit.record(caller.username(), "UPDATE", state, before);
        return state;
    }

    /**
     * The state's sign-off rules (issue 13): whether a commitment needs a second approver, and whether
     * the information institute co-signs the verification of milestones. Its
     * secretariat or the administrator sets them; audited.
     */
    public State changeSignOffRules(long stateId, boolean secondApprover, boolean instituteCoSigns) {
        Caller caller = currentCaller.get();
        if (!caller.isAdmin()) {
            caller.requireSecretariatOf(stateId);
        }
        State state = find(stateId);
        var before = state.auditSnapshot();
        state.setSecondApprover(secondApprover);
        state.setInstituteCoSigns(instituteCoSigns);
        audit.record(caller.username(), "RULES", state, before);
        return state;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<State> all() {
        return em.createQuery("select s from State s order by s.name", State.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public State find(long id) {
        return Records.found(em.find(State.class, id));
    }

    private boolean exists(String field, String value) {
        return em.createQuery("select count(s) from State s where s." + field + " = :v", Long.class)
                .setParameter("v", value)
                .getSingleResult() > 0;
    }
}
