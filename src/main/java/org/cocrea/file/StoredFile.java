package org.cocrea.file;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cocrea.account.Account;
import org.cocrea.shared.DomainException;

/**
 * A checked file or an http(s) link, with who added it and when: what evidence of a progress
 * report and the attachments of priorities, sessions and the toolbox hold. Never changed once
 * saved (no column is updatable): a correction is a new record. A file's bytes are kept apart in
 * {@link FileContent}, which {@code content_id} points at.
 */
@Embeddable
public class StoredFile implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest link kept (the size of the url column). */
    public static final int MAX_URL_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private FileKind kind;

    @Column(name = "url", length = MAX_URL_LENGTH, updatable = false)
    private String url;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "media_type", updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", updatable = false)
    private Long sizeBytes;

    @Column(name = "sha256", updatable = false)
    private String sha256;

    @Column(name = "content_id", updatable = false)
    private Long contentId;

    /** Who added it; none for a file a member of the public sent (a citizen's complaint, V37). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", updatable = false)
    private Account addedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    private StoredFile(FileKind kind, Account addedBy) {
        this.kind = kind;
        this.addedBy = addedBy;
    }

    /** The time it was saved, from the application's clock: its owner is {@code Stamped} and passes it on. */
    public void stampCreated(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
    }

    /** A link to something public: only complete http and https addresses (refused on the field "link"). */
    public static StoredFile link(String url, Account addedBy) {
        StoredFile link = new StoredFile(FileKind.LINK, addedBy);
        link.url = checkedUrl(url);
        return link;
    }

    /** A file that passed {@link UploadPolicy}, whose bytes are already saved as {@code content}. */
    public static StoredFile file(CheckedUpload upload, FileContent content, Account addedBy) {
        StoredFile file = new StoredFile(FileKind.FILE, addedBy);
        file.fileName = upload.fileName();
        file.mediaType = upload.mediaType();
        file.sizeBytes = (long) upload.size();
        file.sha256 = upload.sha256();
        file.contentId = Objects.requireNonNull(content.getId(), "the bytes are saved before the file refers to them");
        return file;
    }

    /** The link as it will be stored, or a refusal: only complete http and https addresses. */
    public static String checkedUrl(String url) {
        return checkedUrl(url, "link");
    }

    /** The same check, its refusal shown beside the form's own field (e.g. an indicator's source). */
    public static String checkedUrl(String url, String field) {
        String trimmed = url == null ? "" : url.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            if (trimmed.length() > MAX_URL_LENGTH || uri.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw DomainException.onField(field, "evidence.link.invalid");
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw DomainException.onField(field, "evidence.link.invalid");
        }
    }

    public boolean isFile() {
        return kind == FileKind.FILE;
    }

    /** What a list shows: the file's name or the address. */
    public String getLabel() {
        return isFile() ? fileName : url;
    }

    public FileKind getKind() { return kind; }
    public String getUrl() { return url; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public Long getContentId() { return contentId; }
    public Account getAddedBy() { return addedBy; }
    public Instant getCreatedAt() { return createdAt; }

    /** What the audit trail keeps of it (the bytes are known by their SHA-256). */
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", kind);
        s.put("url", url);
        s.put("fileName", fileName);
        s.put("mediaType", mediaType);
        s.put("sizeBytes", sizeBytes);
        s.put("sha256", sha256);
        return s;
    }

    @Override
    public String toString() {
        return isFile() ? fileName + " (sha256 " + sha256 + ")" : url;
    }
}
