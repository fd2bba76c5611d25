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
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Records;

/**
 * Saves and lists attachments, in one way for every record that holds them. The owning feature's
 * service loads its record and calls this inside its own transaction (the attachment and the
 * change it belongs to are saved together or not at all); this asks the record whether the caller
 * may attach, checks the file or link, saves and audits.
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

    /**
     * A checked file of the record (size, real type, SHA-256; refusals on the field "file"), for a
     * caller the record lets {@link HoldsAttachments#mayAttach attach} files; anybody else is denied.
     */
    public Attachment addFile(HoldsAttachments record, Upload upload, Caller caller) {
        requireMayAttach(record, caller);
        var checked = uploadPolicy.check(upload);
        return add(record, fileStore.save(checked, account(caller)), caller);
    }

    /**
     * A checked file a member of the public sent with a record that {@link HoldsAttachments#takesFilesFromThePublic
     * takes files from the public} (the same checks as {@link #addFile}); nobody's account, audited as "public".
     */
    public Attachment addPublicFile(HoldsAttachments record, Upload upload) {
        if (!record.takesFilesFromThePublic()) {
            throw new AccessDeniedException();
        }
        var checked = uploadPolicy.check(upload);
        Attachment attachment = new Attachment(record.attachmentOwner(), record.getId(), record.getStateId(), fileStore.save(checked, null));
        em.persist(attachment);
        audit.record("public", "ATTACH", attachment, null);
        return attachment;
    }

    /** An http(s) link of the record (refusals on the field "link"), for the same callers as {@link #addFile}. */
    public Attachment addLink(HoldsAttachments record, String url, Caller caller) {
        requireMayAttach(record, caller);
        return add(record, StoredFile.link(url, account(caller)), caller);
    }

    private static void requireMayAttach(HoldsAttachments record, Caller caller) {
        if (!record.mayAttach(caller)) {
            throw new AccessDeniedException();
        }
    }

    private Attachment add(HoldsAttachments record, StoredFile stored, Caller caller) {
        Attachment attachment = new Attachment(record.attachmentOwner(), record.getId(), record.getStateId(), stored);
        em.persist(attachment);
        audit.record(caller.username(), "ATTACH", attachment, null);
        return attachment;
    }

    /** The record's files and links, oldest first; the owning service has checked that the caller may read them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> of(HoldsAttachments record) {
        return em.createQuery("select a from Attachment a where a.owner = :o and a.ownerId = :id order by a.stored.createdAt, a.id",
                        Attachment.class)
                .setParameter("o", record.attachmentOwner())
                .setParameter("id", record.getId())
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

    private Account account(Caller caller) {
        return Records.found(em.find(Account.class, caller.accountId()));
    }
}
