package org.cocrea.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code sign_in_attempt} table, for {@link SignInAttempts}: each write its own transaction.
 * Native SQL, no entity: the counters are no record (not audited, no public page shows them, so
 * the page cache's version does not move either), and the row lock is taken by the statements
 * themselves. Instants are bound as {@link Timestamp}s, as {@code InstantConverter} does (UTC).
 */
@ApplicationScoped
public class SignInCounters {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    /** The failures counted for a name's key, if any row is there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FailedSignIns> read(String key) {
        List<?> rows = em.createNativeQuery(
                        "SELECT failures, window_start, blocked_until FROM sign_in_attempt WHERE name_hash = ?")
                .setParameter(1, key)
                .getResultList();
        return rows.stream().findFirst().map(row -> of((Object[]) row));
    }

    /**
     * Counts one failure at {@code now}, holding the row's lock from the first statement to the
     * commit: the row is written if it is not there yet (or merely locked if it is), read again
     * with {@code FOR UPDATE} and updated by {@link FailedSignIns#afterFailure}. Two failures at
     * once, from any instances, wait for each other; none is lost.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public FailedSignIns countFailure(String key, Instant now) {
        FailedSignIns none = FailedSignIns.none(now);
        em.createNativeQuery("INSERT INTO sign_in_attempt (name_hash, failures, window_start, blocked_until) "
                        + "VALUES (?, ?, ?, NULL) ON DUPLICATE KEY UPDATE name_hash = name_hash")
                .setParameter(1, key)
                .setParameter(2, none.failures())
                .setParameter(3, Timestamp.from(none.windowStart()))
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT failures, window_start, blocked_until FROM sign_in_attempt WHERE name_hash = ? FOR UPDATE")
                .setParameter(1, key)
                .getSingleResult();
        FailedSignIns after = of(row).afterFailure(now);
        em.createNativeQuery("UPDATE sign_in_attempt SET failures = ?, window_start = ?, blocked_until = ? WHERE name_hash = ?")
                .setParameter(1, after.failures())
                .setParameter(2, Timestamp.from(after.windowStart()))
                .setParameter(3, after.blockedUntil() == null ? null : Timestamp.from(after.blockedUntil()))
                .setParameter(4, key)
                .executeUpdate();
        return after;
    }

    /** Forgets a name's failures (after a successful sign-in). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(String key) {
        em.createNativeQuery("DELETE FROM sign_in_attempt WHERE name_hash = ?")
                .setParameter(1, key)
                .executeUpdate();
    }

    /** Deletes the rows whose window and block are over at {@code now}: the table holds only live counters. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetOver(Instant now) {
        Timestamp at = Timestamp.from(now);
        return em.createNativeQuery("DELETE FROM sign_in_attempt WHERE window_start < ? "
                        + "AND (blocked_until IS NULL OR blocked_until <= ?)")
                .setParameter(1, Timestamp.from(FailedSignIns.overBefore(now)))
                .setParameter(2, at)
                .executeUpdate();
    }

    private static FailedSignIns of(Object[] row) {
        return new FailedSignIns(((Number) row[0]).intValue(), instant(row[1]), instant(row[2]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        throw new IllegalStateException("unexpected DATETIME value: " + value.getClass());
    }
}
