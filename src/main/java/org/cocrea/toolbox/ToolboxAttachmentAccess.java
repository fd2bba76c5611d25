package org.cocrea.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.attachment.AttachmentAccess;
import org.cocrea.attachment.AttachmentOwner;

/** Finds the toolbox material whose file is downloaded; the material says who may read it. */
@ApplicationScoped
public class ToolboxAttachmentAccess implements AttachmentAccess {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public AttachmentOwner owner() {
        return AttachmentOwner.TOOLBOX;
    }

    @Override
    public ToolboxMaterial find(long ownerId) {
        return em.find(ToolboxMaterial.class, ownerId);
    }
}
