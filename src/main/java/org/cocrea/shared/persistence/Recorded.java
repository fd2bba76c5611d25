package org.cocrea.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A record that remembers when it was created: the {@code created_at} column, stamped once from
 * the application's clock when the record is first persisted ({@link CreationTime}).
 */
@MappedSuperclass
public abstract class Recorded implements Stamped, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public void stampCreated(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
    }
}
