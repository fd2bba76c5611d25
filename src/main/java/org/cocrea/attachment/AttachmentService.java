package org.cocrea.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.account.CurrentCaller;
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

    /** A stored file with its metadata, and whether the public may see it (then caches may keep it). */
    public record StoredFile(Attachment attachment, byte[] content, boolean isPublic) {
    }

    /** The file, if the caller may see its owner; to everybody else it does not exist. */
    public StoredFile file(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.isFile()) {
            throw new NotFoundException();
        }
        AttachmentAccess access = accessFor(attachment.getOwner());
        if (!access.maySee(currentCaller.get(), attachment.getOwnerId())) {
            throw new NotFoundException();
        }
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        return new StoredFile(attachment, content.getContent(), access.isPublic(attachment.getOwnerId()));
    }

    private AttachmentAccess accessFor(AttachmentOwner owner) {
        // an owner kind without its rule shows nothing: safer than a default
        return accessRules.stream()
                .filter(rule -> rule.owner() == owner)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
