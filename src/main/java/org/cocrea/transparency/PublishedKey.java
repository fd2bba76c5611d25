package org.cocrea.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Base64;

/** A public key that signs (or signed) tree heads, kept for ever so that heads stay checkable after a rotation. */
@Entity
@Table(name = "transparency_key")
public class PublishedKey implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "key_id", updatable = false)
    private String keyId;

    /** X.509 SubjectPublicKeyInfo, base64. */
    @Column(name = "public_key", nullable = false, updatable = false)
    private String publicKey;

    @Column(name = "first_used", nullable = false, updatable = false)
    private Instant firstUsed;

    protected PublishedKey() {
    }

    PublishedKey(String keyId, byte[] publicKeyX509, Instant firstUsed) {
        this.keyId = keyId;
        this.publicKey = Base64.getEncoder().encodeToString(publicKeyX509);
        this.firstUsed = firstUsed;
    }

    public byte[] x509() {
        return Base64.getDecoder().decode(publicKey);
    }

    public String getKeyId() { return keyId; }
    public String getPublicKey() { return publicKey; }
    public Instant getFirstUsed() { return firstUsed; }
}
