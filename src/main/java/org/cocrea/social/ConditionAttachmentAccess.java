package org.cocrea.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.attachment.AttachmentAccess;
import org.cocrea.attachment.AttachmentOwner;

/** Finds the condition check whose evidence is downloaded; the check says who may read it. */
@ApplicationScoped
public class ConditionAttachmentAccess implements AttachmentAccess {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public AttachmentOwner owner() {
        return AttachmentOwner.PROGRAM_CONDITION;
    }

    @Override
    public ConditionCheck find(long ownerId) {
        return em.find(ConditionCheck.class, ownerId);
    }
}
