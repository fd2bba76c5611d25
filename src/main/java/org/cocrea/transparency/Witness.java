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
 * of the head's JSON) and/or an e-mail address (through the mail outbox). A witness registered by
 * e-mail receives heads only once confirmed from the link mailed to it (double opt-in, V28); the
 * link's token, kept as its SHA-256, also stops it.
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

    @Column(nullable = false, updatable = false)
    private String language = "es";

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "token_hash", updatable = false)
    private String tokenHash;

    protected Witness() {
    }

    /** A witness the administrator registers: confirmed at once. */
    Witness(String url, String email, Instant createdAt) {
        this.url = url;
        this.email = email;
        this.createdAt = createdAt;
        this.confirmedAt = createdAt;
    }

    /** A witness that registered its own address: it receives nothing until confirmed with the token. */
    static Witness unconfirmed(String email, String language, String tokenHash, Instant createdAt) {
        Witness witness = new Witness(null, email, createdAt);
        witness.confirmedAt = null;
        witness.language = "en".equals(language) ? "en" : "es";
        witness.tokenHash = tokenHash;
        return witness;
    }

    void stop() {
        active = false;
    }

    /** Confirms the address (once; confirming again changes nothing). */
    void confirm(Instant at) {
        if (confirmedAt == null) {
            confirmedAt = at;
        }
    }

    /** Whether it receives heads now: active and confirmed. */
    public boolean receives() {
        return active && confirmedAt != null;
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
        snapshot.put("confirmed", confirmedAt != null);
        return snapshot;
    }

    @Override
    public Long getId() { return id; }
    public String getUrl() { return url; }
    public String getEmail() { return email; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public String getLanguage() { return language; }
}
