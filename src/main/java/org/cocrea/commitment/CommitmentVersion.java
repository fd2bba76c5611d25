package org.cocrea.commitment;

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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.cocrea.shared.persistence.Stamped;
import org.cocrea.transparency.EntryFacts;
import org.cocrea.transparency.EntryKind;
import org.cocrea.transparency.tree.Hex;
import org.cocrea.transparency.tree.Rfc6962;

/**
 * One saved text of a commitment: version 1 at creation, a new one at every save that changes the
 * text. Never changed afterwards. Approval and publication refer to a version's number.
 */
@Entity
@Table(name = "commitment_version")
public class CommitmentVersion implements java.io.Serializable, Stamped {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = 16_000_000)
    private String snapshot;

    /** The text as plain words, for the public full-text search (V33; read only for the published version). */
    @Column(name = "search_text", updatable = false, length = 16_000_000)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_at_save", nullable = false, updatable = false)
    private CommitmentStatus statusAtSave;

    @Column(name = "saved_by", nullable = false, updatable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    private transient CommitmentText text;

    protected CommitmentVersion() {
    }

    CommitmentVersion(Commitment commitment, int number, CommitmentText text, CommitmentStatus statusAtSave, String savedBy) {
        this.commitment = commitment;
        this.number = number;
        this.text = text;
        this.snapshot = text.toJson();
        this.searchText = text.searchText();
        this.statusAtSave = statusAtSave;
        this.savedBy = savedBy;
    }

    /** What the transparency log records of this version's publication: the SHA-256 of its frozen text (the snapshot, UTF-8); without {@code publishedAt} when null. */
    public EntryFacts publicationFacts(Instant publishedAt) {
        return EntryFacts.of(EntryKind.COMMITMENT_PUBLICATION, "version", id)
                .commitment(commitment.getId())
                .with("number", number)
                .with("textSha256", Hex.of(Rfc6962.sha256(
                        snapshot.getBytes(StandardCharsets.UTF_8))))
                .with("publishedAt", publishedAt);
    }

    /** The text this version froze. */
    public CommitmentText text() {
        if (text == null) {
            text = CommitmentText.fromJson(snapshot);
        }
        return text;
    }

    public Long getId() { return id; }
    public Commitment getCommitment() { return commitment; }
    public int getNumber() { return number; }
    public String getSnapshot() { return snapshot; }
    public CommitmentStatus getStatusAtSave() { return statusAtSave; }
    public String getSavedBy() { return savedBy; }
    public Instant getSavedAt() { return savedAt; }

    /** Saved at: stamped from the application's clock when the version is persisted. */
    @Override
    public void stampCreated(Instant now) {
        if (savedAt == null) {
            savedAt = now;
        }
    }
}
