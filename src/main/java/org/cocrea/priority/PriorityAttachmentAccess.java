package org.cocrea.priority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.shared.Caller;
import org.cocrea.attachment.AttachmentAccess;
import org.cocrea.attachment.AttachmentOwner;

/** The evidence of a priority is for the secretariat of its state, never for the public. */
@ApplicationScoped
public class PriorityAttachmentAccess implements AttachmentAccess {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public AttachmentOwner owner() {
        return AttachmentOwner.PRIORITY;
    }

    @Override
    public boolean maySee(Caller caller, long ownerId) {
        Priority priority = em.find(Priority.class, ownerId);
        return priority != null && caller.runsSecretariatOf(priority.getStateId());
    }

    @Override
    public boolean isPublic(long ownerId) {
        return false;
    }
}
