package org.cocrea.transparency;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cocrea.transparency.tree.Hex;
import org.cocrea.transparency.tree.TreeHead;

/** A signed tree head: the tree of {@code treeSize} leaves had this root, said the key {@code keyId} at {@code signedAt}. Never changed. */
@Entity
@Table(name = "transparency_head")
public class SignedHead implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "tree_size", updatable = false)
    private Long treeSize;

    @Column(name = "root_hash", nullable = false, updatable = false)
    private String rootHash;

    /** Milliseconds since the epoch, as the signed message has them. */
    @Column(name = "signed_at", nullable = false, updatable = false)
    private long signedAt;

    @Column(name = "key_id", nullable = false, updatable = false)
    private String keyId;

    /** The Ed25519 signature of {@link TreeHead#message()}, hex. */
    @Column(nullable = false, updatable = false)
    private String signature;

    protected SignedHead() {
    }

    SignedHead(TreeHead head, byte[] signature) {
        this.treeSize = head.size();
        this.rootHash = Hex.of(head.root());
        this.signedAt = head.timestampMillis();
        this.keyId = head.keyId();
        this.signature = Hex.of(signature);
    }

    /** The head as the API publishes it and witnesses receive it (docs/transparency.md). */
    public JsonObjectBuilder toJson() {
        return Json.createObjectBuilder()
                .add("treeSize", treeSize)
                .add("rootHash", rootHash)
                .add("timestamp", signedAt)
                .add("keyId", keyId)
                .add("signature", signature);
    }

    public TreeHead head() {
        return new TreeHead(treeSize, Hex.parse(rootHash), signedAt, keyId);
    }

    public Long getTreeSize() { return treeSize; }
    public String getRootHash() { return rootHash; }
    public long getSignedAt() { return signedAt; }
    public String getKeyId() { return keyId; }
    public String getSignature() { return signature; }
}
