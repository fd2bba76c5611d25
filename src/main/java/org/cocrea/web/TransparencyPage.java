package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.transparency.AuditRun;
import org.cocrea.transparency.LogAuditor;
import org.cocrea.transparency.LogEntry;
import org.cocrea.transparency.SignedHead;
import org.cocrea.transparency.TransparencyLog;

/**
 * /transparency: the public status of the transparency log (its latest signed head, the latest
 * self-audit and what it found) and, with {@code ?commitment=…}, the entries of a published
 * commitment with links to their proofs. Anybody reads it.
 */
@Named
@RequestScoped
public class TransparencyPage {

    @Inject
    private TransparencyLog log;

    @Inject
    private LogAuditor auditor;

    @Inject
    private CommitmentService commitments;

    private Long commitmentId;
    private Commitment commitment;
    private List<LogEntry> entries = List.of();
    private SignedHead head;
    private AuditRun audit;

    public void load() {
        if (log.size() > 0) {
            head = log.latestHead();
        }
        audit = auditor.latest();
        if (commitmentId != null) {
            commitment = commitments.published(commitmentId); // drafts: not found
            entries = log.ofCommitment(commitmentId);
        }
    }

    /** The latest head's time, for fmt.dateTime. */
    public Instant getHeadTime() {
        return head == null ? null : Instant.ofEpochMilli(head.getSignedAt());
    }

    public Long getCommitmentId() { return commitmentId; }
    public void setCommitmentId(Long commitmentId) { this.commitmentId = commitmentId; }
    public Commitment getCommitment() { return commitment; }
    public List<LogEntry> getEntries() { return entries; }
    public SignedHead getHead() { return head; }
    public AuditRun getAudit() { return audit; }
}
