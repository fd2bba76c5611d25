package org.cocrea.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.attachment.AttachmentAccess;
import org.cocrea.attachment.AttachmentOwner;

/** Finds the vigilance finding whose evidence is downloaded; the finding says who may read it. */
@ApplicationScoped
public class VigilanceAttachmentAccess implements AttachmentAccess {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public AttachmentOwner owner() {
        return AttachmentOwner.VIGILANCE_FINDING;
    }

    @Override
    public Finding find(long ownerId) {
        return em.find(Finding.class, ownerId);
    }
}
