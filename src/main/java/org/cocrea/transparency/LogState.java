package org.cocrea.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cocrea.transparency.tree.CompactRange;

/** The log's one row: what every append locks, and the tree's right edge to sign the next head from. */
@Entity
@Table(name = "transparency_log")
class LogState {

    static final int THE_LOG = 1;

    @Id
    private Integer id;

    @Column(name = "tree_size", nullable = false)
    private long treeSize;

    @Column(nullable = false)
    private byte[] peaks;

    protected LogState() {
    }

    CompactRange range() {
        return CompactRange.of(treeSize, peaks);
    }

    void advanceTo(CompactRange range) {
        this.treeSize = range.size();
        this.peaks = range.peakBytes();
    }

    long treeSize() {
        return treeSize;
    }
}
