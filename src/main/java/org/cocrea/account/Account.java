package org.cocrea.account;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.cocrea.shared.persistence.Recorded;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Dates;
import org.cocrea.shared.Role;

/** A person who signs in. Belongs to one state (except the platform administrator) and one actor. */
@Entity
@Table(name = "account")
public class Account extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{account.username.pattern}")
    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @NotBlank
    @Size(max = 150)
    @Column(name = "full_name", nullable = false)
    private String fullName;

    @NotBlank
    @Email
    @Size(max = 200)
    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_id")
    private State state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Actor actor;

    @Column(nullable = false)
    private boolean active = true;

    /** Demo accounts exist only with demo data; they are marked so nobody mistakes them for real ones. */
    @Column(nullable = false, updatable = false)
    private boolean demo;

    /** The interface language the person chose ("es" or "en"); null until they choose. */
    @Column(length = 2)
    private String language;

    @Version
    private int version;

    protected Account() {
    }

    /** A blank account for a creation form. */
    public static Account blank() {
        Account account = new Account();
        return account;
    }

    public Account(String username, String fullName, String email, Role role, State state, Actor actor, boolean demo) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.demo = demo;
        placeIn(state, actor);
    }

    /**
     * Puts the account in a state and an organization. Every role but the platform administrator
     * needs a state, and the organization must be of the same state.
     */
    public void placeIn(State state, Actor actor) {
        if (role != null && role.needsState() && state == null) {
            throw DomainException.onField("state", "account.state.required");
        }
        if (actor != null && (state == null || !actor.getState().equals(state))) {
            throw DomainException.onField("actor", "account.actor.otherState");
        }
        if (role == Role.RESPONSIBLE_ACTOR && actor == null) {
            throw DomainException.onField("actor", "account.actor.required");
        }
        this.state = role == Role.PLATFORM_ADMIN ? null : state;
        this.actor = actor;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    @Override
    public Long getId() { return id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT); }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? null : email.trim(); }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public State getState() { return state; }
    public Actor getActor() { return actor; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public boolean isDemo() { return demo; }
    public String getLanguage() { return language; }
    void setLanguage(String language) { this.language = language; }

    /** This account as the access rules see it. */
    public Caller asCaller() {
        return new Caller(id, username, role, state == null ? null : state.getId(), actor == null ? null : actor.getId(),
                actor == null ? null : actor.getType().name(), state == null ? Dates.DEFAULT_ZONE : state.zone());
    }

    @Override
    public Long auditStateId() {
        return state == null ? null : state.getId();
    }

    /** What the trail shows; never the password hash. */
    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("username", username);
        snapshot.put("fullName", fullName);
        snapshot.put("email", email);
        snapshot.put("role", role);
        snapshot.put("state", state == null ? null : state.getCode());
        snapshot.put("actor", actor == null ? null : actor.getName());
        snapshot.put("active", active);
        snapshot.put("language", language);
        return snapshot;
    }
}
