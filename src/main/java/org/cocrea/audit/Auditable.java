package org.cocrea.audit;

import java.util.Map;

/** A record whose changes go into the audit trail: it says what it is and what it looks like now. */
public interface Auditable {

    Long getId();

    /** A stable name for the kind of record, e.g. "Commitment". */
    default String auditType() {
        return getClass().getSimpleName();
    }

    /** The state the record belongs to, or null for platform records. */
    Long auditStateId();

    /** The commitment the record belongs to, so its trail can be shown there; null if none. */
    default Long auditCommitmentId() {
        return null;
    }

    /** The fields worth showing in the trail, as simple values (strings, numbers, dates, lists). */
    Map<String, Object> auditSnapshot();
}
