package org.cocrea.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.cocrea.mail.Recipient;
import org.cocrea.shared.Role;

/**
 * Who receives the mail of an event, as the outbox needs them (address, name, language): the one
 * place that turns "the secretariat of a state" or "the people of these organizations" into active
 * accounts. One query each.
 */
@ApplicationScoped
public class Recipients {

    private static final String SELECT = "select a from Account a where a.active = true ";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    /** The active members of a state's secretariat (the secretariat and the information institute). */
    public List<Recipient> secretariatOf(long stateId) {
        return em.createQuery(SELECT + "and a.state.id = :state and a.role in :roles order by a.id", Account.class)
                .setParameter("state", stateId)
                .setParameter("roles", List.of(Role.SECRETARIAT, Role.INFORMATION_INSTITUTE))
                .getResultStream().map(Recipients::of).toList();
    }

    /** The active accounts of a state's information institute (issue 13: it co-signs where the state says so). */
    public List<Recipient> instituteOf(long stateId) {
        return em.createQuery(SELECT + "and a.state.id = :state and a.role = :role order by a.id", Account.class)
                .setParameter("state", stateId)
                .setParameter("role", Role.INFORMATION_INSTITUTE)
                .getResultStream().map(Recipients::of).toList();
    }

    /**
     * The active accounts of these organizations (actors): the people who report, sign and owe agreements
     * for them, whatever their role but evaluator (evaluators assess; they are not told of their
     * organization's work).
     */
    public List<Recipient> ofActors(Collection<Long> actorIds) {
        if (actorIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(SELECT + "and a.actor.id in :actors and a.role <> :evaluator order by a.id", Account.class)
                .setParameter("actors", actorIds)
                .setParameter("evaluator", Role.EVALUATOR)
                .getResultStream().map(Recipients::of).toList();
    }

    /** The active platform administrators (alerts about the platform itself, e.g. the transparency log's self-audit). */
    public List<Recipient> administrators() {
        return em.createQuery(SELECT + "and a.role = :admin order by a.id", Account.class)
                .setParameter("admin", Role.PLATFORM_ADMIN)
                .getResultStream().map(Recipients::of).toList();
    }

    /** One account as a recipient. */
    public static Recipient of(Account account) {
        return new Recipient(account.getId(), account.getEmail(), account.getFullName(), account.getLanguage());
    }
}
