package org.cocrea.attachment;

import org.cocrea.shared.Caller;

/**
 * A record that files and links are attached to: a priority, a work session, a toolbox material.
 * {@link AttachmentStore} adds them and {@link AttachmentService} hands them out through this, so
 * that the owner kind, the owner's state and who may add and read them are said by the record.
 */
public interface HoldsAttachments {

    AttachmentOwner attachmentOwner();

    Long getId();

    /** The state whose records these are; none for what all states share. */
    Long getStateId();

    /** Who may attach files and links: by default, the secretariat of the record's state. */
    default boolean mayAttach(Caller caller) {
        return caller.runsSecretariatOf(getStateId());
    }

    /** Who may read its files and links: by default, whoever may attach them (never the public). */
    default boolean maySeeAttachments(Caller caller) {
        return mayAttach(caller);
    }

    /**
     * Whether a member of the public (no account) may send it files as it is created (a citizen's
     * complaint): by default not. The owning service decides when; {@link AttachmentStore#addPublicFile} checks this.
     */
    default boolean takesFilesFromThePublic() {
        return false;
    }

    /** Whether anybody may read them, so that caches may keep the files: by default not. */
    default boolean attachmentsArePublic() {
        return false;
    }
}
