package org.cocrea.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.account.Account;
import org.cocrea.audit.AuditTrail;
import org.cocrea.file.FileStore;
import org.cocrea.file.StoredFile;
import org.cocrea.file.Upload;
import org.cocrea.file.UploadPolicy;
import org.cocrea.shared.Records;

/**
 * Saves and lists attachments. It checks the file or link, never the caller: the feature service
 * that owns the record checks access first and calls this inside its own transaction, so the
 * attachment and the change it belongs to are saved together or not at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AttachmentStore {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private UploadPolicy uploadPolicy;

    @Inject
    private FileStore fileStore;

    @Inject
    private AuditTrail audit;

    /** Checks size and real type and hashes the file; refusals are on the field "file". */
    public Attachment addFile(AttachmentOwner owner, long ownerId, Long stateId, Upload upload, String username) {
        var checked = uploadPolicy.check(upload);
        return add(new Attachment(owner, ownerId, stateId, fileStore.save(checked, account(username))), username);
    }

    /** Only http and https addresses; refusals are on the field "link". */
    public Attachment addLink(AttachmentOwner owner, long ownerId, Long stateId, String url, String username) {
        return add(new Attachment(owner, ownerId, stateId, StoredFile.link(url, account(username))), username);
    }

    private Attachment add(Attachment attachment, String username) {
        em.persist(attachment);
        audit.record(username, "ATTACH", attachment, null);
        return attachment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> of(AttachmentOwner owner, long ownerId) {
        return em.createQuery("select a from Attachment a where a.owner = :o and a.ownerId = :id order by a.stored.createdAt, a.id",
                        Attachment.class)
                .setParameter("o", owner)
                .setParameter("id", ownerId)
                .getResultList();
    }

    /** The attachments of many owners in one query, by owner id (owners without any are absent). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<Attachment>> ofAll(AttachmentOwner owner, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Attachment a where a.owner = :o and a.ownerId in :ids order by a.stored.createdAt, a.id",
                        Attachment.class)
                .setParameter("o", owner)
                .setParameter("ids", ownerIds)
                .getResultStream()
                .collect(Collectors.groupingBy(Attachment::getOwnerId, Collectors.toList()));
    }

    private Account account(String username) {
        return Records.found(em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElse(null));
    }
}
