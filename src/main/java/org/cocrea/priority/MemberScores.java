package org.cocrea.priority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.cocrea.account.Account;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.Caller;

/**
 * The one way a member's score is given or changed, whatever is scored: the caller's existing
 * score of the record changes in place, or a first one is created; audited as SCORE. The caller's
 * right to score the record is the calling service's to check first.
 */
@ApplicationScoped
public class MemberScores {

    /** Makes a first score of the record: (the member's account, the score, now) → the new entity. */
    @FunctionalInterface
    public interface FirstScore<S extends MemberScore> {
        S create(Account account, Integer score, Instant now);
    }

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * @param type        the score entity
     * @param scoredField its relation to what is scored (e.g. {@code "priority"})
     * @param scoredId    the id of what is scored
     */
    public <S extends MemberScore> S record(Caller caller, Class<S> type, String scoredField, long scoredId, Integer score,
            FirstScore<S> first) {
        S existing = em.createQuery("select s from " + type.getSimpleName() + " s where s." + scoredField
                        + ".id = :scored and s.account.id = :account", type)
                .setParameter("scored", scoredId)
                .setParameter("account", caller.accountId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (existing == null) {
            S created = first.create(em.find(Account.class, caller.accountId()), score, clock.instant());
            em.persist(created);
            audit.record(caller.username(), "SCORE", created, null);
            return created;
        }
        var before = existing.auditSnapshot();
        existing.change(score, clock.instant());
        audit.record(caller.username(), "SCORE", existing, before);
        return existing;
    }
}
