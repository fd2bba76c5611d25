package org.cocrea.pending;

import java.time.LocalDate;

/**
 * One thing that waits for someone: its kind, the record to open ({@code recordId}, and
 * {@code parentId} where the page needs it, e.g. the plan of an agreement), what to call it, where
 * it belongs, and its due date when it has one (overdue when that date has passed).
 */
public record PendingItem(PendingKind kind, long recordId, Long parentId, String title, String context,
                          LocalDate dueOn, boolean overdue) {
}
