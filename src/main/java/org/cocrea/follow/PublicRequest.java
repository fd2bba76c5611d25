package org.cocrea.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cocrea.shared.persistence.NotShownOnPublicPages;
import org.cocrea.shared.persistence.Recorded;

/**
 * One request of an anonymous public form, counted by {@link PublicLimits}: which limit and a keyed
 * hash of what it counts (a network, an address), never the address or the network itself.
 */
@NotShownOnPublicPages
@Entity
@Table(name = "public_request")
public class PublicRequest extends Recorded {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String bucket;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    protected PublicRequest() {
    }

    PublicRequest(String bucket, String keyHash) {
        this.bucket = bucket;
        this.keyHash = keyHash;
    }
}
