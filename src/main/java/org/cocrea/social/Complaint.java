package org.cocrea.social;

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
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.attachment.HoldsAttachments;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/**
 * A complaint (queja o denuncia) about a social program, filed by a vigilance group (from a finding)
 * or by a citizen: what happened, the folio the complainant follows it by, and its way through
 * received → channelled to an authority (by a route) → answered → closed, each step dated in the
 * state's calendar. The complainant may stay anonymous; an identity given is held only encrypted
 * ({@link IdentityCipher}), is never in the audit trail, an export or a public read, and only the
 * state's secretariat opens it.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends Recorded implements Auditable, HoldsAttachments {

    private static final long serialVersionUID = 1L;
    public static final int WHAT = 5_000;
    public static final int NAME = 200;
    public static final int CONTACT = 300;
    /** An open complaint received this many days ago or more is shown as aging. */
    public static final int AGING_DAYS = 30;
    private static final char[] FOLIO_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int FOLIO_CHARS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private SocialProgram program;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @Column(nullable = false, updatable = false)
    private String folio;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ComplaintSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finding_id", updatable = false)
    private Finding finding;

    @Column(nullable = false, updatable = false)
    private String what;

    /** The complainant's name and contact, encrypted; null when anonymous. */
    @Column(name = "identity_sealed")
    private String identitySealed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStatus status = ComplaintStatus.RECEIVED;

    @Enumerated(EnumType.STRING)
    private ComplaintRoute route;

    private String authority;

    private String answer;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "channelled_on")
    private LocalDate channelledOn;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private int version;

    protected Complaint() {
    }

    /**
     * A complaint received today about a program, with a new folio ({@code STATE-YEAR-XXXXXXXX}, 40
     * random bits); the identity, if any, is sealed by the cipher bound to that folio.
     */
    public Complaint(SocialProgram program, ComplaintSource source, Finding finding, String what, String name, String contact,
              LocalDate today, IdentityCipher cipher, SecureRandom random) {
        this.what = Texts.required(what, "what", WHAT, "complaints.what.required", "social.text.tooLong");
        String cleanName = Texts.optional(name, "complainantName", NAME, "social.text.tooLong");
        String cleanContact = Texts.optional(contact, "complainantContact", CONTACT, "social.text.tooLong");
        this.program = program;
        this.stateId = program.getStateId();
        this.source = source;
        this.finding = finding;
        this.receivedOn = today;
        this.folio = newFolio(program.getState().getCode(), today.getYear(), random);
        if (cleanName != null || cleanContact != null) {
            identitySealed = cipher.encrypt((cleanName == null ? "" : cleanName) + "\n" + (cleanContact == null ? "" : cleanContact), folio);
        }
    }

    static String newFolio(String stateCode, int year, SecureRandom random) {
        StringBuilder folio = new StringBuilder(stateCode).append('-').append(year).append('-');
        for (int i = 0; i < FOLIO_CHARS; i++) {
            folio.append(FOLIO_ALPHABET[random.nextInt(FOLIO_ALPHABET.length)]);
        }
        return folio.toString();
    }

    /** Channelled to an authority by a route, on {@code today}: only a received complaint. */
    public void channel(ComplaintRoute route, String authority, LocalDate today) {
        requireStatus(ComplaintStatus.RECEIVED);
        if (route == null) {
            throw DomainException.onField("route", "complaints.route.required");
        }
        this.authority = Texts.required(authority, "authority", NAME, "complaints.authority.required", "social.text.tooLong");
        this.route = route;
        this.channelledOn = today;
        this.status = ComplaintStatus.CHANNELLED;
    }

    /** The authority's answer, on {@code today}: only a channelled complaint. */
    public void answer(String answer, LocalDate today) {
        requireStatus(ComplaintStatus.CHANNELLED);
        this.answer = Texts.required(answer, "answer", WHAT, "complaints.answer.required", "social.text.tooLong");
        this.answeredOn = today;
        this.status = ComplaintStatus.ANSWERED;
    }

    /** Closed on {@code today}: a received, channelled or answered complaint. */
    public void close(LocalDate today) {
        if (status == ComplaintStatus.CLOSED) {
            throw DomainException.onField("status", "complaints.status.wrong");
        }
        this.closedOn = today;
        this.status = ComplaintStatus.CLOSED;
    }

    private void requireStatus(ComplaintStatus expected) {
        if (status != expected) {
            throw DomainException.onField("status", "complaints.status.wrong");
        }
    }

    /** The complainant's name and contact ([0], [1]; empty when not given), or null when anonymous. */
    String[] identity(IdentityCipher cipher) {
        if (identitySealed == null) {
            return null;
        }
        return cipher.decrypt(identitySealed, folio).split("\n", 2);
    }

    /**
     * Seals the identity again with the cipher's current key (key rotation); false when there is none
     * or it already is. The identity itself is never kept out of the sealed column.
     */
    boolean reseal(IdentityCipher cipher) {
        if (identitySealed == null || !cipher.needsRekey(identitySealed)) {
            return false;
        }
        identitySealed = cipher.rekey(identitySealed, folio);
        return true;
    }

    public boolean isAnonymous() {
        return identitySealed == null;
    }

    /** Whether it is still open (not closed). */
    public boolean isOpen() {
        return status != ComplaintStatus.CLOSED;
    }

    /** Days since it was received, on {@code today}. */
    public long ageInDays(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(receivedOn, today);
    }

    /** Whether it is open and was received {@link #AGING_DAYS} days ago or more. */
    public boolean isAging(LocalDate today) {
        return isOpen() && ageInDays(today) >= AGING_DAYS;
    }

    @Override
    public AttachmentOwner attachmentOwner() {
        return AttachmentOwner.COMPLAINT;
    }

    /** Only a citizen's complaint takes files from the public, and only as it is filed (ComplaintService). */
    @Override
    public boolean takesFilesFromThePublic() {
        return source == ComplaintSource.PUBLIC;
    }

    @Override
    public Long getId() { return id; }
    public SocialProgram getProgram() { return program; }
    public Long getStateId() { return stateId; }
    public String getFolio() { return folio; }
    public ComplaintSource getSource() { return source; }
    public Finding getFinding() { return finding; }
    public String getWhat() { return what; }
    public ComplaintStatus getStatus() { return status; }
    public ComplaintRoute getRoute() { return route; }
    public String getAuthority() { return authority; }
    public String getAnswer() { return answer; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getChannelledOn() { return channelledOn; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public int getVersion() { return version; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    /** What the trail keeps: never the identity, only whether one was given and the id of the key that seals it. */
    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("folio", folio);
        s.put("source", source);
        s.put("what", what);
        s.put("identityGiven", identitySealed != null);
        s.put("identityKey", IdentityCipher.keyIdOf(identitySealed));
        s.put("status", status);
        s.put("route", route);
        s.put("authority", authority);
        s.put("answer", answer);
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Complaint c && id != null && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return Complaint.class.hashCode();
    }
}
