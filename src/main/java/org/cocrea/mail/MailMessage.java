package org.cocrea.mail;

import org.cocrea.shared.persistence.NotShownOnPublicPages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.Recorded;

/**
 * One mail of the transactional outbox, rendered in its recipient's language when its event
 * happened. Holds the delivery rules: who may send it now (a claim with a lease), what an attempt
 * does (sent, kept, retried later with a growing pause, or failed for good), and the administrator's
 * retry.
 */
@NotShownOnPublicPages
@Entity
@Table(name = "mail_message")
public class MailMessage extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    /**
     * The usual pauses after the 1st, 2nd, … failed attempt (1, 5 and 30 minutes, 2 and 6 hours); after
     * the last, the mail has failed for good. {@code cocrea.mail.retryPauses} may set others ({@link MailSettings}).
     */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(6));
    static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MailKind kind;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "state_id", updatable = false)
    private Long stateId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(name = "recipient_name", updatable = false)
    private String recipientName;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String text;

    @Column(name = "body_html", nullable = false)
    private String html;

    /** The page the mail is about (for the digest's list). */
    @Column(updatable = false)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected MailMessage() {
    }

    MailMessage(MailKind kind, Recipient to, Long stateId, Rendered rendered, String link, MailStatus status, Instant now) {
        this.kind = kind;
        this.accountId = to.accountId();
        this.stateId = stateId;
        this.recipient = to.address();
        this.recipientName = to.name();
        this.language = to.language();
        this.link = link;
        this.subject = rendered.subject();
        this.text = rendered.text();
        this.html = rendered.html();
        this.status = status;
        this.nextAttemptAt = now;
    }

    /** Whether a sender may take it now: pending, due, and not claimed by a sender whose lease still runs. */
    boolean isClaimable(Instant now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now)
                && (claimedUntil == null || !claimedUntil.isAfter(now));
    }

    /** A sender takes it for {@code lease}: nobody else sends it meanwhile. */
    void claim(String sender, Instant now, Duration lease) {
        if (!isClaimable(now)) {
            throw new IllegalStateException("mail " + id + " is not claimable");
        }
        claimedBy = sender;
        claimedUntil = now.plus(lease);
    }

    /** Whether {@code sender} still holds it (its lease may have run out and another sender taken it). */
    boolean isClaimedBy(String sender) {
        return status == MailStatus.PENDING && sender.equals(claimedBy);
    }

    /** The attempt went through: the SMTP server took it ({@code kept}: no server, demo mode). */
    void delivered(Instant now, boolean kept) {
        attempts++;
        lastAttemptAt = now;
        sentAt = now;
        status = kept ? MailStatus.KEPT : MailStatus.SENT;
        lastError = null;
        release();
        if (!kept && kind.carriesSecret()) {
            text = MailTexts.text(java.util.Locale.forLanguageTag(language), "mail.redacted");
            html = "<p>" + MailTexts.escape(text) + "</p>";
        }
    }

    /**
     * The attempt failed. A permanent failure (the server refused the address) or the attempt after
     * the last of the {@code pauses} fails it for good; otherwise it is tried again after the pause
     * that follows this attempt (the n-th pause after the n-th failed attempt; {@link #BACKOFF} as a rule).
     */
    void failed(Instant now, String error, boolean permanent, List<Duration> pauses) {
        attempts++;
        lastAttemptAt = now;
        lastError = error == null ? "?" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (permanent || attempts > pauses.size()) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(pauses.get(attempts - 1));
        }
        release();
    }

    /** The administrator sends a failed mail again: a fresh round of attempts from now. */
    void retry(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new DomainException("mail.retry.notFailed");
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    /** Went out inside a digest. */
    void digested(Instant now) {
        status = MailStatus.DIGESTED;
        sentAt = now;
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    @Override
    public Long getId() { return id; }
    public MailKind getKind() { return kind; }
    public Long getAccountId() { return accountId; }
    public Long getStateId() { return stateId; }
    public String getRecipient() { return recipient; }
    public String getLanguage() { return language; }
    public String getSubject() { return subject; }
    public String getText() { return text; }
    public String getHtml() { return html; }
    public String getLink() { return link; }
    /** Who it went to, as a recipient again (the digest writes to the same person). */
    Recipient recipientAgain() { return new Recipient(accountId, recipient, recipientName, language); }
    public MailStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public Instant getSentAt() { return sentAt; }
    public String getLastError() { return lastError; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    /** What the trail shows of a retried mail: never its text. */
    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("kind", kind);
        snapshot.put("recipient", recipient);
        snapshot.put("status", status);
        snapshot.put("attempts", attempts);
        snapshot.put("lastError", lastError);
        return snapshot;
    }
}
