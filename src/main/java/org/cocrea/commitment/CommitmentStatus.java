package org.cocrea.commitment;

/** Where a commitment stands: drafted by the secretariat, or published for everyone. */
public enum CommitmentStatus {
    DRAFT,
    PUBLISHED
}
