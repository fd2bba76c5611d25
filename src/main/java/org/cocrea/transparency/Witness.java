package org.cocrea.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.audit.Auditable;

/**
 * Someone who receives every new signed head (the state's information institute, a newsroom, …),
 * so that a later rewrite of the log's history contradicts what they kept: at a URL (an HTTP POST
 * of the head's JSON) and/or an e-mail address (kept; sent once Cocrea has its mail outbox).
 */
@Entity
@Table(name = "transparency_witness")
public class Witness implements java.io.Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String url;

    @Email
    @Column(updatable = false)
    private String email;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Witness() {
    }

    Witness(String url, String email, Instant createdAt) {
        this.url = url;
        this.email = email;
        this.createdAt = createdAt;
    }

    void stop() {
        active = false;
    }

    @Override
    public Long auditStateId() {
        return null;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("url", url);
        snapshot.put("email", email);
        snapshot.put("active", active);
        return snapshot;
    }

    @Override
    public Long getId() { return id; }
    public String getUrl() { return url; }
    public String getEmail() { return email; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
}
