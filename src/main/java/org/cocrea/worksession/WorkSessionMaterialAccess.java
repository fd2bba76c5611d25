package org.cocrea.worksession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.shared.Caller;
import org.cocrea.attachment.AttachmentAccess;
import org.cocrea.attachment.AttachmentOwner;

/**
 * Who may download a session's materials: the secretariat of the session's state only. Materials
 * may hold attendance sheets and minutes with people's names, so they are never public.
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
    public boolean maySee(Caller caller, long ownerId) {
        WorkSession session = em.find(WorkSession.class, ownerId);
        return session != null && caller.runsSecretariatOf(session.getStateId());
    }

    @Override
    public boolean isPublic(long ownerId) {
        return false;
    }
}
