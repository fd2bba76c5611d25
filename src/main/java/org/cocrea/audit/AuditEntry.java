package org.cocrea.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One change: who, when, what it was before and what it is after. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

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

    /** One field that changed: its name and its values before and after, as text. */
    public record Change(String field, String before, String after) {
    }

    /**
     * The fields whose values differ between before and after (every non-empty field for a
     * creation), in the order of the snapshot: what a person wants to read in a change log.
     */
    public List<Change> changes() {
        JsonObject old = parse(beforeJson);
        JsonObject now = parse(afterJson);
        List<Change> changes = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>(now.keySet());
        fields.addAll(old.keySet());
        for (String field : fields) {
            String was = text(old.get(field));
            String is = text(now.get(field));
            if (!Objects.equals(was, is)) {
                changes.add(new Change(field, was, is));
            }
        }
        return changes;
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString().isEmpty() ? null : string.getString();
        }
        if (value instanceof JsonArray array) {
            return array.isEmpty() ? null : array.stream().map(AuditEntry::text).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return value.toString();
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
