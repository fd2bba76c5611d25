package org.cocrea.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cocrea.account.Account;
import org.cocrea.shared.NotFoundException;

/**
 * Where the bytes of stored files are written and read. It checks no caller: the feature that
 * owns the record (evidence, attachments) decides who may save or read, and calls this inside its
 * own transaction, so a file and the record that holds it are saved together or not at all.
 */
@ApplicationScoped
public class FileStore {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    /** Saves the bytes of a checked upload and returns the stored file that refers to them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile save(CheckedUpload upload, Account addedBy) {
        FileContent content = new FileContent(upload.bytes());
        em.persist(content);
        em.flush(); // the record that holds the file refers to the bytes by their id
        return StoredFile.file(upload, content, addedBy);
    }

    /** The bytes of a file its owner already let the caller see; a link has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(StoredFile file, boolean isPublic) {
        FileContent content = file.isFile() ? em.find(FileContent.class, file.getContentId()) : null;
        if (content == null) {
            throw new NotFoundException();
        }
        return new Download(file, content.getContent(), isPublic);
    }

    /** Saves bytes a feature generated itself (nothing uploaded, nothing to check) and returns their id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long saveGenerated(byte[] bytes) {
        FileContent content = new FileContent(bytes);
        em.persist(content);
        em.flush();
        return content.getId();
    }

    /** The bytes saved by {@link #saveGenerated}, for a feature that already let the caller see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] generated(long contentId) {
        FileContent content = em.find(FileContent.class, contentId);
        if (content == null) {
            throw new NotFoundException();
        }
        return content.getContent();
    }
}
