package org.cocrea.shared.persistence;

import java.time.Instant;

/**
 * A record that remembers when it was created. {@link CreationTime} stamps it, from the one
 * injected clock, when it is first persisted; it keeps a time it already has.
 */
public interface Stamped {

    void stampCreated(Instant now);
}
