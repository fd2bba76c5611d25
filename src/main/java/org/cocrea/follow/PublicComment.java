package org.cocrea.follow;

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
import org.cocrea.shared.CleanText;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.Recorded;

/**
 * A comment of the public on a public commitment or one of its milestones (issue 13): a name nobody
 * verifies, the text, and optionally an address for answers that is shown nowhere. Held for moderation
 * by the state's secretariat ({@link #approve}, {@link #reject} with a reason); only approved comments
 * are shown, always escaped. The secretariat or a responsible actor answers it once, as its organization
 * ({@link #answer}): the answer is shown under the comment, marked official.
 */
@Entity
@Table(name = "public_comment")
public class PublicComment extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NAME = 80;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "commitment_id", nullable = false, updatable = false)
    private long commitmentId;

    @Column(name = "milestone_id", updatable = false)
    private Long milestoneId;

    @Column(name = "state_id", nullable = false, updatable = false)
    private long stateId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "body", nullable = false, updatable = false)
    private String text;

    /** For the answer's mail only; never shown, exported or audited. */
    @Column(updatable = false)
    private String address;

    @Column(name = "language", nullable = false, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommentStatus status = CommentStatus.PENDING;

    @Column(name = "reject_reason")
    private String rejectReason;

    @Column(name = "moderated_by")
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "answer_text")
    private String answer;

    @Column(name = "answer_organization")
    private String answerOrganization;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected PublicComment() {
    }

    PublicComment(long commitmentId, Long milestoneId, long stateId, String name, String text, String address, String language) {
        this.commitmentId = commitmentId;
        this.milestoneId = milestoneId;
        this.stateId = stateId;
        this.authorName = required("name", CleanText.name(name), MAX_NAME);
        this.text = required("text", clean(text), MAX_TEXT);
        this.address = address == null || address.isBlank() ? null : Follower.checkedAddress(address);
        this.language = "en".equals(language) ? "en" : "es";
    }

    /** Published: the public page shows it. Only a pending comment is moderated. */
    void approve(String by, Instant now) {
        requirePending();
        status = CommentStatus.APPROVED;
        moderatedBy = by;
        moderatedAt = now;
    }

    /** Refused, with the reason the secretariat gives (required). */
    void reject(String reason, String by, Instant now) {
        requirePending();
        rejectReason = required("reason", clean(reason), MAX_REASON);
        status = CommentStatus.REJECTED;
        moderatedBy = by;
        moderatedAt = now;
    }

    /** The official answer, once, to a published comment, in the name of {@code organization}. */
    void answer(String text, String organization, String by, Instant now) {
        if (status != CommentStatus.APPROVED) {
            throw DomainException.onField("answer", "comment.answer.notPublished");
        }
        if (answer != null) {
            throw DomainException.onField("answer", "comment.answer.already");
        }
        answer = required("answer", clean(text), MAX_TEXT);
        answerOrganization = organization;
        answeredBy = by;
        answeredAt = now;
    }

    private void requirePending() {
        if (status != CommentStatus.PENDING) {
            throw new DomainException("comment.moderated");
        }
    }

    private static String clean(String typed) {
        return typed == null ? null : CleanText.typed(typed).strip();
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            throw DomainException.onField(field, "comment." + field + ".required");
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw DomainException.onField(field, "comment." + field + ".tooLong", max);
        }
        return value;
    }

    @Override
    public Long getId() { return id; }
    public long getCommitmentId() { return commitmentId; }
    public Long getMilestoneId() { return milestoneId; }
    public long getStateId() { return stateId; }
    public String getAuthorName() { return authorName; }
    public String getText() { return text; }
    public CommentStatus getStatus() { return status; }
    public String getRejectReason() { return rejectReason; }
    public Instant getModeratedAt() { return moderatedAt; }
    public String getAnswer() { return answer; }
    public String getAnswerOrganization() { return answerOrganization; }
    public Instant getAnsweredAt() { return answeredAt; }
    public boolean isAnswered() { return answer != null; }
    /** Hidden by the secretariat: the public sees only that, and why. */
    public boolean isHidden() { return status == CommentStatus.REJECTED; }
    String getAddress() { return address; }
    String getLanguage() { return language; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Long auditCommitmentId() {
        return commitmentId;
    }

    /** What the trail shows; never the commenter's address. */
    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("milestoneId", milestoneId);
        snapshot.put("authorName", authorName);
        snapshot.put("text", text);
        snapshot.put("status", status.name());
        snapshot.put("rejectReason", rejectReason);
        snapshot.put("answer", answer);
        snapshot.put("answerOrganization", answerOrganization);
        return snapshot;
    }
}
