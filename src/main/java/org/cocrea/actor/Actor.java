package org.cocrea.actor;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.cocrea.shared.persistence.Recorded;

/**
 * An organization or person that takes part in a state's open-government process, with how to
 * reach it and its seat in the secretariat, if any. Its name, acronym and type are public (they
 * appear on published commitments); its contact details, notes and gender are for the secretariat
 * only and never shown on a public page.
 */
@Entity
@Table(name = "actor")
public class Actor extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_id", nullable = false, updatable = false)
    private State state;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorKind kind = ActorKind.ORGANIZATION;

    @Size(max = 30)
    private String acronym;

    @Size(max = 150)
    @Column(name = "contact_name")
    private String contactName;

    @Size(max = 200)
    private String email;

    @Size(max = 40)
    private String phone;

    @Size(max = 500)
    private String website;

    @Size(max = 2000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "secretariat_role")
    private SecretariatRole secretariatRole;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Version
    private int version;

    protected Actor() {
    }

    public Actor(State state, String name, ActorType type) {
        this.state = state;
        this.name = name == null ? null : name.trim();
        this.type = type;
    }

    /** A blank actor for a form: an organization, outside the secretariat. */
    public static Actor blank() {
        return new Actor();
    }

    /** A new actor of the state from what a form holds, trimmed; its rules are checked. */
    public static Actor of(State state, Actor form) {
        Actor actor = new Actor(state, form.name, form.type);
        actor.takeDetailsOf(form);
        return actor;
    }

    /** Takes every editable field of the form (name, type, contact…), then checks the rules. */
    public void takeDetailsOf(Actor form) {
        name = trimmed(form.name);
        type = form.type;
        kind = form.kind == null ? ActorKind.ORGANIZATION : form.kind;
        acronym = trimmed(form.acronym);
        contactName = trimmed(form.contactName);
        email = trimmed(form.email);
        phone = trimmed(form.phone);
        website = trimmed(form.website);
        notes = trimmed(form.notes);
        secretariatRole = form.secretariatRole;
        gender = kind == ActorKind.PERSON ? form.gender : null; // an organization has no gender
        checkRules();
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /**
     * The rules of one actor: a name and a type; a well-formed e-mail address; a website on the
     * web (http or https); the lead ally of a secretariat is the information institute. Whether
     * another actor of the state is already the lead ally is for the service, which sees them all.
     * Lengths are the fields' {@code @Size}, declared once there.
     */
    public void checkRules() {
        if (name == null || name.isBlank()) {
            throw DomainException.onField("actorName", "actor.name.required");
        }
        if (type == null) {
            throw DomainException.onField("actorType", "actor.type.required");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw DomainException.onField("email", "actors.email.invalid");
        }
        if (website != null && !isWebAddress(website)) {
            throw DomainException.onField("website", "actors.website.invalid");
        }
        if (secretariatRole == SecretariatRole.LEAD_ALLY && type != ActorType.INFORMATION_INSTITUTE) {
            throw DomainException.onField("secretariatRole", "actors.leadAlly.onlyInstitute");
        }
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public boolean isLeadAlly() {
        return secretariatRole == SecretariatRole.LEAD_ALLY;
    }

    public boolean isInSecretariat() {
        return secretariatRole != null;
    }

    /** The sector it speaks for, from its type. */
    public Sector getSector() {
        return type == null ? null : type.sector();
    }

    @Override
    public Long getId() { return id; }
    public State getState() { return state; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ActorType getType() { return type; }
    public void setType(ActorType type) { this.type = type; }
    public ActorKind getKind() { return kind; }
    public void setKind(ActorKind kind) { this.kind = kind; }
    public String getAcronym() { return acronym; }
    public void setAcronym(String acronym) { this.acronym = acronym; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public SecretariatRole getSecretariatRole() { return secretariatRole; }
    public void setSecretariatRole(SecretariatRole secretariatRole) { this.secretariatRole = secretariatRole; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public int getVersion() { return version; }

    public boolean belongsTo(Long stateId) {
        return state.getId().equals(stateId);
    }

    @Override
    public Long auditStateId() {
        return state.getId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", name);
        snapshot.put("type", type);
        snapshot.put("kind", kind);
        snapshot.put("acronym", acronym);
        snapshot.put("secretariatRole", secretariatRole);
        snapshot.put("contactName", contactName);
        snapshot.put("email", email);
        snapshot.put("phone", phone);
        snapshot.put("website", website);
        snapshot.put("notes", notes);
        snapshot.put("gender", gender);
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Actor a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Actor.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
