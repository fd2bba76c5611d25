package org.cocrea.shared.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import java.time.Clock;

/**
 * The default entity listener (META-INF/orm.xml): gives every {@link Stamped} record its creation
 * time from the application's {@link Clock} ({@code org.cocrea.shared.Clocks}) as it is persisted,
 * so entities never ask the system clock themselves.
 */
public class CreationTime {

    @Inject
    private Clock clock;

    @PrePersist
    void stamp(Object entity) {
        if (entity instanceof Stamped stamped) {
            stamped.stampCreated(clock.instant());
        }
    }
}
