package org.cocrea.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** One run of the self-audit: when, over how many entries, and what it found (nothing, if the log held). */
@Entity
@Table(name = "transparency_audit")
public class AuditRun implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ran_at", nullable = false, updatable = false)
    private Instant ranAt;

    @Column(name = "tree_size", nullable = false, updatable = false)
    private long treeSize;

    @Column(nullable = false, updatable = false)
    private boolean ok;

    /** One {@link Finding} a line. */
    @Column(nullable = false, updatable = false)
    private String findings;

    protected AuditRun() {
    }

    AuditRun(Instant ranAt, long treeSize, List<Finding> found) {
        this.ranAt = ranAt;
        this.treeSize = treeSize;
        this.ok = found.isEmpty();
        this.findings = found.stream().map(Finding::line).collect(Collectors.joining("\n"));
    }

    public List<Finding> findings() {
        return findings.isEmpty() ? List.of() : findings.lines().map(Finding::parse).toList();
    }

    public Long getId() { return id; }
    public Instant getRanAt() { return ranAt; }
    public long getTreeSize() { return treeSize; }
    public boolean isOk() { return ok; }
}
