package org.cocrea.worksession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.attachment.AttachmentAccess;
import org.cocrea.attachment.AttachmentOwner;

/**
 * Finds the work session whose material is downloaded; the session says who may read it: the
 * secretariat of its state only, since materials may hold attendance sheets and minutes with
 * people's names.
 */
@ApplicationScoped
public class WorkSessionMaterialAccess implements AttachmentAccess {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public AttachmentOwner owner() {
        return AttachmentOwner.SESSION;
    }

    @Override
    public WorkSession find(long ownerId) {
        return em.find(WorkSession.class, ownerId);
    }
}
