package org.cocrea.evidence;

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
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.audit.Auditable;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.persistence.Stamped;

/**
 * A means of verification (medio de verificación): a checked file or a link, with who and when.
 * Never changed or replaced once saved (every column is not updatable): a correction is new
 * evidence. A file's bytes are kept apart in {@link EvidenceContent}.
 */
@Entity
@Table(name = "evidence")
public class Evidence implements java.io.Serializable, Auditable, Stamped {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    private ProgressReport report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EvidenceKind kind;

    @Column(updatable = false)
    private String url;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "media_type", updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", updatable = false)
    private Long sizeBytes;

    @Column(updatable = false)
    private String sha256;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account addedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Evidence() {
    }

    private Evidence(ProgressReport report, EvidenceKind kind, Account addedBy) {
        this.report = report;
        this.kind = kind;
        this.addedBy = addedBy;
        report.add(this);
    }

    /** A link to public evidence: only http and https addresses. */
    public static Evidence link(ProgressReport report, String url, Account addedBy) {
        Evidence evidence = new Evidence(report, EvidenceKind.LINK, addedBy);
        evidence.url = checkedUrl(url);
        return evidence;
    }

    public static Evidence file(ProgressReport report, CheckedUpload upload, Account addedBy) {
        Evidence evidence = new Evidence(report, EvidenceKind.FILE, addedBy);
        evidence.fileName = upload.fileName();
        evidence.mediaType = upload.mediaType();
        evidence.sizeBytes = (long) upload.size();
        evidence.sha256 = upload.sha256();
        return evidence;
    }

    /** The link as it will be stored, or a refusal: only complete http and https addresses. */
    public static String checkedUrl(String url) {
        String trimmed = url == null ? "" : url.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            if (trimmed.length() > 1000 || uri.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw DomainException.onField("link", "evidence.link.invalid");
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw DomainException.onField("link", "evidence.link.invalid");
        }
    }

    public boolean isFile() {
        return kind == EvidenceKind.FILE;
    }

    @Override
    public Long getId() { return id; }
    public ProgressReport getReport() { return report; }
    public EvidenceKind getKind() { return kind; }
    public String getUrl() { return url; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public Account getAddedBy() { return addedBy; }
    public Instant getCreatedAt() { return createdAt; }

    @Override
    public Long auditStateId() {
        return report.getMilestone().getCommitment().getStateId();
    }

    @Override
    public Long auditCommitmentId() {
        return report.getMilestone().getCommitment().getId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", kind);
        s.put("url", url);
        s.put("fileName", fileName);
        s.put("mediaType", mediaType);
        s.put("sizeBytes", sizeBytes);
        s.put("sha256", sha256);
        return s;
    }

    @Override
    public String toString() {
        return isFile() ? fileName + " (sha256 " + sha256 + ")" : url;
    }

    @Override
    public void stampCreated(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
    }
}
