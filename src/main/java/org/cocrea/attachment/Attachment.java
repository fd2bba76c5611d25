package org.cocrea.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Instant;
import org.cocrea.audit.Auditable;
import org.cocrea.file.StoredFile;
import org.cocrea.shared.persistence.Stamped;

/**
 * A checked file or an http(s) link attached to a priority, a session or a toolbox material.
 * Never changed once saved (no column is updatable); who may read it is the owner record's
 * {@link HoldsAttachments#maySeeAttachments} rule.
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

    @Embedded
    private StoredFile stored;

    protected Attachment() {
    }

    /** The file or link of an owner record, in the owner's state (none for shared toolbox material). */
    public Attachment(AttachmentOwner owner, long ownerId, Long stateId, StoredFile stored) {
        this.owner = owner;
        this.ownerId = ownerId;
        this.stateId = stateId;
        this.stored = stored;
    }

    @Override
    public Long getId() { return id; }
    public AttachmentOwner getOwner() { return owner; }
    public long getOwnerId() { return ownerId; }
    public Long getStateId() { return stateId; }
    public StoredFile getStored() { return stored; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("owner", owner + " " + ownerId);
        s.putAll(stored.auditSnapshot());
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
        return stored.toString();
    }

    @Override
    public void stampCreated(Instant now) {
        stored.stampCreated(now);
    }
}
