package org.cocrea.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.shared.Caller;
import org.cocrea.attachment.AttachmentAccess;
import org.cocrea.attachment.AttachmentOwner;

/** Files of shared materials are public; a state's own are for its accounts and the administrator. */
@ApplicationScoped
public class ToolboxAttachmentAccess implements AttachmentAccess {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public AttachmentOwner owner() {
        return AttachmentOwner.TOOLBOX;
    }

    @Override
    public boolean maySee(Caller caller, long ownerId) {
        ToolboxMaterial material = em.find(ToolboxMaterial.class, ownerId);
        return material != null && material.isVisibleTo(caller);
    }

    @Override
    public boolean isPublic(long ownerId) {
        ToolboxMaterial material = em.find(ToolboxMaterial.class, ownerId);
        return material != null && material.isShared();
    }
}
