package org.cocrea.assistance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.follow.Follower;
import org.cocrea.shared.CleanText;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.NotShownOnPublicPages;
import org.cocrea.shared.persistence.Recorded;

/**
 * A request for remote technical assistance from a state outside the program (issue 9), made on the
 * public form without an account: the state, the institution, the need and a contact (name and
 * address, given with the requester's consent). The platform administrator follows it up
 * ({@link #followUp}): new, in contact, assisted, closed (with a note; a closed request stays closed).
 * The contact is read by the administrator only: never shown publicly, audited or exported.
 */
@NotShownOnPublicPages
@Entity
@Table(name = "assistance_request")
public class AssistanceRequest extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;
    public static final int STATE_NAME = 120;
    public static final int INSTITUTION = 200;
    public static final int NEED = 4_000;
    public static final int CONTACT_NAME = 120;
    public static final int NOTE = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "state_name", nullable = false, updatable = false)
    private String stateName;

    @Column(nullable = false, updatable = false)
    private String institution;

    @Column(nullable = false, updatable = false)
    private String need;

    @Column(name = "contact_name", nullable = false, updatable = false)
    private String contactName;

    @Column(name = "contact_email", nullable = false, updatable = false)
    private String contactEmail;

    @Column(nullable = false, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssistanceStatus status = AssistanceStatus.NEW;

    @Column(name = "follow_up_note")
    private String followUpNote;

    @Column(name = "followed_by")
    private String followedBy;

    @Column(name = "followed_at")
    private Instant followedAt;

    @Version
    private int version;

    protected AssistanceRequest() {
    }

    /** A request as typed on the public form; each field refused beside itself, and without consent nothing is kept. */
    public AssistanceRequest(String stateName, String institution, String need, String contactName, String contactEmail,
                             boolean consent, String language) {
        this.stateName = Texts.required(CleanText.name(stateName), "stateName", STATE_NAME,
                "assistance.stateName.required", "assistance.stateName.tooLong");
        this.institution = Texts.required(CleanText.name(institution), "institution", INSTITUTION,
                "assistance.institution.required", "assistance.institution.tooLong");
        this.need = Texts.required(need == null ? null : CleanText.typed(need), "need", NEED,
                "assistance.need.required", "assistance.need.tooLong");
        this.contactName = Texts.required(CleanText.name(contactName), "contactName", CONTACT_NAME,
                "assistance.contactName.required", "assistance.contactName.tooLong");
        this.contactEmail = Follower.checkedAddress(contactEmail);
        if (!consent) {
            throw DomainException.onField("consent", "assistance.consent.required");
        }
        this.language = "en".equals(language) ? "en" : "es";
    }

    /**
     * The administrator's follow-up: the new status (required) and a note, required to close. A closed
     * request is not changed any more.
     */
    public void followUp(AssistanceStatus newStatus, String note, String username, Instant now) {
        if (status == AssistanceStatus.CLOSED) {
            throw new DomainException("assistance.closed");
        }
        if (newStatus == null) {
            throw DomainException.onField("status", "assistance.status.required");
        }
        String typed = newStatus == AssistanceStatus.CLOSED
                ? Texts.required(note, "note", NOTE, "assistance.note.requiredToClose", "assistance.note.tooLong")
                : Texts.optional(note, "note", NOTE, "assistance.note.tooLong");
        this.status = newStatus;
        this.followUpNote = typed;
        this.followedBy = username;
        this.followedAt = now;
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public String getStateName() { return stateName; }
    public String getInstitution() { return institution; }
    public String getNeed() { return need; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getLanguage() { return language; }
    public AssistanceStatus getStatus() { return status; }
    public String getFollowUpNote() { return followUpNote; }
    public String getFollowedBy() { return followedBy; }
    public Instant getFollowedAt() { return followedAt; }

    @Override
    public Long auditStateId() {
        return null;
    }

    /** What the trail shows: never the contact's name nor address. */
    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("stateName", stateName);
        snapshot.put("institution", institution);
        snapshot.put("need", need);
        snapshot.put("status", status);
        snapshot.put("followUpNote", followUpNote);
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof AssistanceRequest r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return AssistanceRequest.class.hashCode();
    }
}
