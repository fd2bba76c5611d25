package org.cocrea.systematization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.shared.persistence.Recorded;
import org.cocrea.transparency.EntryFacts;
import org.cocrea.transparency.EntryKind;

/**
 * A published edition of a plan's report: its PDF frozen (bytes in {@code file_content}, never
 * changed) with their SHA-256, numbered per plan; a later publication is a new edition. Each
 * publication enters the transparency log ({@link #loggedFacts}).
 */
@Entity
@Table(name = "report_edition")
public class ReportEdition extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "content_id", nullable = false, updatable = false)
    private Long contentId;

    @Column(nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    protected ReportEdition() {
    }

    ReportEdition(long planId, long stateId, int number, String language, long contentId, long size, String sha256,
                  String publishedBy) {
        this.planId = planId;
        this.stateId = stateId;
        this.number = number;
        this.language = language;
        this.contentId = contentId;
        this.size = size;
        this.sha256 = sha256;
        this.publishedBy = publishedBy;
    }

    /**
     * What the transparency log records of this edition: the SHA-256 of its frozen bytes (which the
     * self-audit re-hashes), its plan, number, language and size; without {@code publishedAt} when null.
     */
    public EntryFacts loggedFacts(Instant publishedAt) {
        return EntryFacts.of(EntryKind.REPORT_EDITION, "edition", id)
                .bytes(contentId)
                .with("plan", planId)
                .with("state", stateId)
                .with("number", number)
                .with("language", language)
                .with("sha256", sha256)
                .with("size", size)
                .with("publishedAt", publishedAt);
    }

    @Override
    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public int getNumber() { return number; }
    public String getLanguage() { return language; }
    public Long getContentId() { return contentId; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public String getPublishedBy() { return publishedBy; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("number", number);
        snapshot.put("language", language);
        snapshot.put("sha256", sha256);
        snapshot.put("size", size);
        return snapshot;
    }
}
