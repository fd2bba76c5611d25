package org.cocrea.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes and reads the audit trail. Services call {@link #record} inside their own transaction,
 * after flushing, so that an entry exists exactly when its change does.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Records a change. {@code before} is the subject's {@link Auditable#auditSnapshot()} taken
     * before the change, or null for a creation.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String username, String action, Auditable subject, Map<String, Object> before) {
        em.flush(); // a new subject needs its generated id
        Map<String, Object> after = subject.auditSnapshot();
        em.persist(new AuditEntry(clock.instant(), username, subject, action,
                before == null ? null : toJson(before), toJson(after)));
    }

    /** The trail of one commitment and everything recorded under it, newest first. */
    public List<AuditEntry> forCommitment(long commitmentId, int first, int max) {
        return em.createQuery("select a from AuditEntry a where a.commitmentId = :id order by a.recordedAt desc, a.id desc",
                        AuditEntry.class)
                .setParameter("id", commitmentId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countForCommitment(long commitmentId) {
        return em.createQuery("select count(a) from AuditEntry a where a.commitmentId = :id", Long.class)
                .setParameter("id", commitmentId)
                .getSingleResult();
    }

    static String toJson(Map<String, Object> snapshot) {
        Map<String, Object> sorted = new TreeMap<>();
        snapshot.forEach((key, value) -> sorted.put(key, value == null ? null : simple(value)));
        return JSON.toJson(sorted);
    }

    private static Object simple(Object value) {
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.stream().map(v -> v == null ? null : simple(v)).toList();
        }
        return value.toString();
    }
}
