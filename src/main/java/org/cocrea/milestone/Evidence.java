package org.cocrea.milestone;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Map;
import java.time.Instant;
import org.cocrea.audit.Auditable;
import org.cocrea.file.StoredFile;
import org.cocrea.shared.persistence.Stamped;

/**
 * A means of verification (medio de verificación) of a progress report: a checked file or a link,
 * with who and when. Never changed or replaced once saved (every column is not updatable): a
 * correction is new evidence.
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

    @Embedded
    private StoredFile stored;

    protected Evidence() {
    }

    /** Evidence of the report: a file or a link, checked before. */
    public Evidence(ProgressReport report, StoredFile stored) {
        this.report = report;
        this.stored = stored;
        report.add(this);
    }

    @Override
    public Long getId() { return id; }
    public ProgressReport getReport() { return report; }
    public StoredFile getStored() { return stored; }

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
        return stored.auditSnapshot();
    }

    @Override
    public String toString() {
        return stored.toString();
    }

    @Override
    public void stampCreated(Instant now) {
        stored.stampCreated(now);
    }
}
