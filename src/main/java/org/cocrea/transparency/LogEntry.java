package org.cocrea.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.cocrea.transparency.tree.Hex;
import org.cocrea.transparency.tree.Rfc6962;

/** A leaf of the log: its index, its canonical content and the content's leaf hash. Never changed. */
@Entity
@Table(name = "transparency_entry")
public class LogEntry implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "leaf_index", updatable = false)
    private Long leafIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EntryKind kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "commitment_id", updatable = false)
    private Long commitmentId;

    @Column(name = "content_id", updatable = false)
    private Long contentId;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(name = "leaf_hash", nullable = false, updatable = false)
    private String leafHash;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    protected LogEntry() {
    }

    LogEntry(long leafIndex, EntryFacts facts, Instant loggedAt) {
        this.leafIndex = leafIndex;
        this.kind = facts.kind();
        this.subjectId = facts.subjectId();
        this.commitmentId = facts.commitmentId();
        this.contentId = facts.contentId();
        this.content = facts.canonical();
        this.leafHash = Hex.of(leafHashOf(content));
        this.loggedAt = loggedAt;
    }

    /** SHA-256(0x00 || the content in UTF-8): what the leaf hash must be. */
    public static byte[] leafHashOf(String content) {
        return Rfc6962.leafHash(content.getBytes(StandardCharsets.UTF_8));
    }

    public Long getLeafIndex() { return leafIndex; }
    public EntryKind getKind() { return kind; }
    public long getSubjectId() { return subjectId; }
    public Long getCommitmentId() { return commitmentId; }
    public Long getContentId() { return contentId; }
    public String getContent() { return content; }
    public String getLeafHash() { return leafHash; }
    public Instant getLoggedAt() { return loggedAt; }
}
