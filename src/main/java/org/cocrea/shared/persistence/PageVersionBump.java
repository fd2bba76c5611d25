package org.cocrea.shared.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.UnitOfWorkChangeSet;

/**
 * One write, one new version of the public pages (issue 12): whenever EclipseLink is about to write
 * changes, it first adds one to {@code page_version}, in the same transaction, so the version moves
 * exactly when a transaction that changed something commits, and never before. {@link PageVersion}
 * reads it for the page cache. Registered in persistence.xml ({@code eclipselink.session.customizer}),
 * it sees every entity any service writes, whatever its feature; nothing in the application writes
 * other than through JPA but tables no public page shows (the reminder ledger, the public forms'
 * and the sign-in throttle's counters).
 *
 * <p>The update comes before the flush's own statements, so a writing transaction takes the row's
 * lock first and holds it to its commit: writes are serialized on it (they already are on the
 * transparency log's row, which is locked after a flush), and no two transactions can wait for each
 * other in a cycle through it. A transaction that flushes twice adds two: only the change matters.
 */
public class PageVersionBump extends SessionEventAdapter implements SessionCustomizer {

    static final String BUMP = "UPDATE page_version SET version = version + 1, changed_at = UTC_TIMESTAMP(3) WHERE id = 1";

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(this);
    }

    @Override
    public void postCalculateUnitOfWorkChangeSet(SessionEvent event) {
        if (event.getProperty("UnitOfWorkChangeSet") instanceof UnitOfWorkChangeSet changes && changes.hasChanges()
                && !onlyEntitiesNoPublicPageShows(changes, event.getSession())) {
            event.getSession().executeNonSelectingSQL(BUMP);
        }
    }

    private static boolean onlyEntitiesNoPublicPageShows(UnitOfWorkChangeSet changes, Session session) {
        for (Object change : changes.getAllChangeSets().values()) {
            if (!hidden(change, session)) {
                return false;
            }
        }
        for (Object change : changes.getDeletedObjects().values()) {
            if (!hidden(change, session)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hidden(Object change, Session session) {
        Class<?> type = ((ObjectChangeSet) change).getClassType(session);
        return type != null && type.isAnnotationPresent(NotShownOnPublicPages.class);
    }
}
