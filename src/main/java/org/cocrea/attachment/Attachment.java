package org.cocrea.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.audit.Auditable;
import org.cocrea.evidence.CheckedUpload;
import org.cocrea.evidence.Evidence;
import org.cocrea.evidence.EvidenceKind;
import org.cocrea.shared.persistence.Stamped;

/**
 * A checked file or an http(s) link attached to a priority, a session or a toolbox material.
 * Never changed once saved (no column is updatable); its bytes live in {@link AttachmentContent}.
 */
@Entity
@Table(name = "attachment")
public class Attachment implements java.io.Serializable, Auditable, Stamped {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false, updatable = false)
    private AttachmentOwner owner;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "state_id", updatable = false)
    private Long stateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EvidenceKind kind;

    @Column(updatable = false)
    private String url;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "media_type", updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", updatable = false)
    private Long sizeBytes;

    @Column(updatable = false)
    private String sha256;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account addedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    private Attachment(AttachmentOwner owner, long ownerId, Long stateId, EvidenceKind kind, Account addedBy) {
        this.owner = owner;
        this.ownerId = ownerId;
        this.stateId = stateId;
        this.kind = kind;
        this.addedBy = addedBy;
    }

    /** A link: only complete http and https addresses (refused on the field "link"). */
    public static Attachment link(AttachmentOwner owner, long ownerId, Long stateId, String url, Account addedBy) {
        Attachment attachment = new Attachment(owner, ownerId, stateId, EvidenceKind.LINK, addedBy);
        attachment.url = Evidence.checkedUrl(url);
        return attachment;
    }

    public static Attachment file(AttachmentOwner owner, long ownerId, Long stateId, CheckedUpload upload, Account addedBy) {
        Attachment attachment = new Attachment(owner, ownerId, stateId, EvidenceKind.FILE, addedBy);
        attachment.fileName = upload.fileName();
        attachment.mediaType = upload.mediaType();
        attachment.sizeBytes = (long) upload.size();
        attachment.sha256 = upload.sha256();
        return attachment;
    }

    public boolean isFile() {
        return kind == EvidenceKind.FILE;
    }

    /** What a list shows: the file's name or the address. */
    public String getLabel() {
        return isFile() ? fileName : url;
    }

    @Override
    public Long getId() { return id; }
    public AttachmentOwner getOwner() { return owner; }
    public long getOwnerId() { return ownerId; }
    public Long getStateId() { return stateId; }
    public EvidenceKind getKind() { return kind; }
    public String getUrl() { return url; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public Account getAddedBy() { return addedBy; }
    public Instant getCreatedAt() { return createdAt; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("owner", owner + " " + ownerId);
        s.put("kind", kind);
        s.put("url", url);
        s.put("fileName", fileName);
        s.put("mediaType", mediaType);
        s.put("sizeBytes", sizeBytes);
        s.put("sha256", sha256);
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Attachment a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Attachment.class.hashCode();
    }

    @Override
    public String toString() {
        return isFile() ? fileName + " (sha256 " + sha256 + ")" : url;
    }

    @Override
    public void stampCreated(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
    }
}
