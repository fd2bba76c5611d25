package org.cocrea.commitment;

/**
 * Where the working text of a commitment stands: Borrador → En revisión → (Cambios solicitados →
 * En revisión …) → Aprobado → Publicado. Whether the public sees the commitment is a separate fact
 * ({@link Commitment#isPublished()}): a published commitment under revision is a DRAFT again while the
 * public keeps reading the frozen version.
 */
public enum CommitmentStatus {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    PUBLISHED;

    /** Whether the text may be edited in this status (not while the secretariat reviews it). */
    public boolean isEditable() {
        return this != IN_REVIEW;
    }
}
