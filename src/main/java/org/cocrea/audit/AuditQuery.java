package org.cocrea.audit;

import java.time.Instant;
import org.cocrea.shared.DomainException;

/**
 * What the audit page (and a record's change log) asks of the trail: a state's entries, optionally only
 * one kind of record ({@link Auditable#auditType()}), one record of that kind, one person (user name)
 * and a time range [from, until). A null state is the caller's own; every other null is "any".
 */
public record AuditQuery(Long stateId, String kind, Long recordId, String username, Instant from, Instant until)
        implements java.io.Serializable {

    /** The longest user name or kind worth looking for: the columns are no wider (username 60, entity_type 40). */
    static final int MAX_TEXT = 60;

    /** Refuses a range that ends before it starts (or is empty) and texts longer than their columns. */
    public AuditQuery {
        if (from != null && until != null && !from.isBefore(until)) {
            throw DomainException.onField("from", "audit.search.badRange");
        }
        if (kind != null && kind.length() > MAX_TEXT || username != null && username.length() > MAX_TEXT) {
            throw new DomainException("audit.search.tooLong");
        }
    }

    /** The change log of one record of the caller's own state. */
    public static AuditQuery ofRecord(String kind, long recordId) {
        return new AuditQuery(null, kind, recordId, null, null, null);
    }

    /** The same question about another state (the administrator's choice). */
    public AuditQuery inState(Long state) {
        return new AuditQuery(state, kind, recordId, username, from, until);
    }
}
