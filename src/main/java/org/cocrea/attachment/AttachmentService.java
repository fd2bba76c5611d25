package org.cocrea.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.file.Download;
import org.cocrea.file.FileStore;
import org.cocrea.shared.NotFoundException;

/** Reading attached files, for whoever the owning feature lets see them. */
@ApplicationScoped
public class AttachmentService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Instance<AttachmentAccess> accessRules;

    @Inject
    private FileStore files;

    /** The file, if the caller may see its owner; to everybody else it does not exist. */
    public Download file(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException();
        }
        HoldsAttachments owner = accessFor(attachment.getOwner()).find(attachment.getOwnerId());
        if (owner == null || !owner.maySeeAttachments(currentCaller.get())) {
            throw new NotFoundException();
        }
        return files.download(attachment.getStored(), owner.attachmentsArePublic());
    }

    private AttachmentAccess accessFor(AttachmentOwner owner) {
        // an owner kind without its rule shows nothing: safer than a default
        return accessRules.stream()
                .filter(rule -> rule.owner() == owner)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
