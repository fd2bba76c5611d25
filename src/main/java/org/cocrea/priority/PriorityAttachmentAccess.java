package org.cocrea.priority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.attachment.AttachmentAccess;
import org.cocrea.attachment.AttachmentOwner;

/** Finds the priority whose evidence is downloaded; the priority says who may read it (its secretariat only). */
@ApplicationScoped
public class PriorityAttachmentAccess implements AttachmentAccess {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public AttachmentOwner owner() {
        return AttachmentOwner.PRIORITY;
    }

    @Override
    public Priority find(long ownerId) {
        return em.find(Priority.class, ownerId);
    }
}
