package org.cocrea.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;

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

    @Inject
    private CurrentCaller currentCaller;

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

    /**
     * The id of the newest entry of a state's trail (0 before the first): every change to a state's
     * records makes a newer one, so it tells whether anything changed since (a background job's key).
     * One indexed row; says nothing to anybody by itself.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long lastEntryOf(long stateId) {
        return em.createQuery("select a.id from AuditEntry a where a.stateId = :s order by a.recordedAt desc, a.id desc", Long.class)
                .setParameter("s", stateId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(0L);
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

    /**
     * One page of a state's trail, newest first: for the secretariat of that state (a null state is the
     * caller's own) and for the platform administrator, who must name the state. Anyone else is refused.
     * One query with LIMIT; the indexes on (state_id, …, recorded_at) keep it from reading the whole trail.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        return bound(query, "select a from AuditEntry a", " order by a.recordedAt desc, a.id desc", AuditEntry.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
    }

    /** How many entries {@link #search} pages through; the same rule of access. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(AuditQuery query) {
        return bound(query, "select count(a) from AuditEntry a", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> bound(AuditQuery query, String select, String order, Class<T> type) {
        long stateId = readableState(query.stateId());
        Map<String, Object> values = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where a.stateId = :state");
        values.put("state", stateId);
        condition(where, values, "a.entityType = :kind", "kind", text(query.kind()));
        condition(where, values, "a.entityId = :record", "record", query.recordId());
        condition(where, values, "a.username = :person", "person", text(query.username()));
        condition(where, values, "a.recordedAt >= :from", "from", query.from());
        condition(where, values, "a.recordedAt < :until", "until", query.until());
        TypedQuery<T> typed = em.createQuery(select + where + order, type);
        values.forEach(typed::setParameter);
        return typed;
    }

    /**
     * The state whose trail the caller may read: its own as secretariat (a null state), any named one as
     * administrator; another state's secretariat, a responsible actor or the public are refused.
     */
    public long readableState(Long asked) {
        Caller caller = currentCaller.get();
        if (caller.isAdmin() && asked != null) {
            return asked;
        }
        Long state = asked == null ? caller.stateId() : asked;
        caller.requireSecretariatOf(state);
        return state;
    }

    private static void condition(StringBuilder where, Map<String, Object> values, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            values.put(name, value);
        }
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
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
