package org.cocrea.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.attachment.AttachmentAccess;
import org.cocrea.attachment.AttachmentOwner;

/** Finds the toolbox use whose adapted version is downloaded; the use says who may read it. */
@ApplicationScoped
public class ToolboxUseAttachmentAccess implements AttachmentAccess {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public AttachmentOwner owner() {
        return AttachmentOwner.TOOLBOX_USE;
    }

    @Override
    public ToolboxUse find(long ownerId) {
        return em.find(ToolboxUse.class, ownerId);
    }
}
