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

    /**
     * The moves the secretariat makes by hand: submit for review, request changes, approve, withdraw,
     * publish. Editing an approved or published text is not a move: it sends the text back to draft by
     * itself ({@link #afterEdit()}).
     */
    public boolean canMoveTo(CommitmentStatus next) {
        return switch (this) {
            case DRAFT, CHANGES_REQUESTED -> next == IN_REVIEW;                           // submit
            case IN_REVIEW -> next == CHANGES_REQUESTED || next == APPROVED || next == DRAFT; // request changes, approve, withdraw
            case APPROVED -> next == PUBLISHED || next == DRAFT;                         // publish, withdraw
            case PUBLISHED -> false;                                                       // only a revision changes it
        };
    }

    /** The status once the text has changed: an approved or published text needs a new approval. */
    public CommitmentStatus afterEdit() {
        return this == APPROVED || this == PUBLISHED ? DRAFT : this;
    }

    /** Whether the text may be edited in this status (not while the secretariat reviews it). */
    public boolean isEditable() {
        return this != IN_REVIEW;
    }
}
