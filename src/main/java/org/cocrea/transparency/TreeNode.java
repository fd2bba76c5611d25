package org.cocrea.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cocrea.transparency.tree.Hex;
import org.cocrea.transparency.tree.Subtree;

/**
 * The hash of a perfect subtree of the log, stored by the append that completed it, so that a proof
 * reads O(log n) rows instead of every leaf. Never changes; the self-audit recomputes them all.
 */
@Entity
@Table(name = "transparency_node")
class TreeNode {

    /** {@link Subtree#key()}. */
    @Id
    @Column(name = "subtree", updatable = false)
    private Long subtree;

    @Column(nullable = false, updatable = false)
    private String hash;

    protected TreeNode() {
    }

    TreeNode(Subtree subtree, byte[] hash) {
        this.subtree = subtree.key();
        this.hash = Hex.of(hash);
    }

    Subtree subtree() {
        return Subtree.ofKey(subtree);
    }

    byte[] hash() {
        return Hex.parse(hash);
    }
}
