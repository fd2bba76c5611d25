package org.cocrea.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.attachment.AttachmentAccess;
import org.cocrea.attachment.AttachmentOwner;

/** Finds the complaint whose files are downloaded; the complaint says who may read them (its state's secretariat). */
@ApplicationScoped
public class ComplaintAttachmentAccess implements AttachmentAccess {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public AttachmentOwner owner() {
        return AttachmentOwner.COMPLAINT;
    }

    @Override
    public Complaint find(long ownerId) {
        return em.find(Complaint.class, ownerId);
    }
}
