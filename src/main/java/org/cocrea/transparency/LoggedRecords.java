package org.cocrea.transparency;

import java.util.Optional;
import java.util.Set;

/**
 * A feature's records as they are now, for the self-audit to hold against what the log says of
 * them: a record changed behind the application's back (its row edited in the database) no longer
 * states the facts its entry logged. Implemented by each feature that logs records (milestones:
 * reports, evidence, sign-offs; commitments: published versions).
 */
public interface LoggedRecords {

    /** The kinds of entry whose records this feature can state again. */
    Set<EntryKind> kinds();

    /**
     * The facts of record {@code subjectId} as they read now; facts of the moment of logging (a
     * publication's time) left out. Empty if the record is gone.
     */
    Optional<EntryFacts> current(EntryKind kind, long subjectId);
}
