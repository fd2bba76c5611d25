package org.cocrea.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change: who, when, what it was before and what it is after. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "state_id", updatable = false)
    private Long stateId;

    @Column(name = "commitment_id", updatable = false)
    private Long commitmentId;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "before_json", updatable = false)
    private String beforeJson;

    @Column(name = "after_json", updatable = false)
    private String afterJson;

    protected AuditEntry() {
    }

    AuditEntry(Instant recordedAt, String username, Auditable subject, String action, String beforeJson, String afterJson) {
        this.recordedAt = recordedAt;
        this.username = username;
        this.stateId = subject.auditStateId();
        this.commitmentId = subject.auditCommitmentId();
        this.entityType = subject.auditType();
        this.entityId = subject.getId();
        this.action = action;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    public Long getId() { return id; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getUsername() { return username; }
    public Long getStateId() { return stateId; }
    public Long getCommitmentId() { return commitmentId; }
    public String getEntityType() { return entityType; }
    public Long getEntityId() { return entityId; }
    public String getAction() { return action; }
    public String getBeforeJson() { return beforeJson; }
    public String getAfterJson() { return afterJson; }
}
