package org.cocrea.pending;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.shared.Caller;

/**
 * A feature's list of what waits for a caller, in one query or a few (never one per record), and
 * only what the caller may act on. Every CDI bean that implements it is asked by
 * {@link PendingService}: the extension point for a new kind of pending work.
 */
public interface PendingSource {

    /** What waits for the caller; {@code today} is today in the caller's state. */
    List<PendingItem> pendingFor(Caller caller, LocalDate today);
}
