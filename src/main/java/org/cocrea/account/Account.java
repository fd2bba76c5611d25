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
import org.cocrea.shared.AccessDeniedException;
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

    /** Set by a password reset: the next sign-in must choose a new password before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

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

    /**
     * Whether the caller may (de)activate, reset or, as a new account, create this account: only
     * for a role the caller's role manages ({@link Role#manages}), and, but for the platform
     * administrator, only in the caller's own state.
     */
    public boolean isManagedBy(Caller caller) {
        if (caller.role() == null || !caller.role().manages(role)) {
            return false;
        }
        return caller.isAdmin() || state != null && caller.belongsTo(state.getId());
    }

    public void requireManagedBy(Caller caller) {
        if (!isManagedBy(caller)) {
            throw new AccessDeniedException();
        }
    }

    /** Refuses, beside the role field, a role the caller may not give (a tampered select included). */
    public static void requireMayGive(Caller caller, Role role) {
        if (role == null) {
            throw DomainException.onField("role", "account.role.required");
        }
        if (caller.role() == null || !caller.role().manages(role)) {
            throw DomainException.onField("role", "account.role.notAllowed");
        }
    }

    /** The administrator's edit: who the person is, what it may do, where it works, whether it may sign in. */
    public void edit(String fullName, String email, Role role, State state, Actor actor, boolean active) {
        this.fullName = fullName;
        setEmail(email);
        this.role = role;
        placeIn(state, actor);
        this.active = active;
    }

    /** A new password set by someone else: its owner must replace it at the next sign-in. */
    void resetPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** The owner's own new password: no longer a temporary one. */
    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
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
    public boolean isMustChangePassword() { return mustChangePassword; }
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
        snapshot.put("mustChangePassword", mustChangePassword);
        return snapshot;
    }
}
