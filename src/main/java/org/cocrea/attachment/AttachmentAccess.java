package org.cocrea.attachment;

import org.cocrea.shared.Caller;

/**
 * Who may read the attachments of one kind of owner. The feature that owns the records knows
 * the rule, so it provides the one bean for its {@link AttachmentOwner}; downloads ask it.
 */
public interface AttachmentAccess {

    AttachmentOwner owner();

    /** Whether the caller may see the attachments of that owner record (false if it does not exist). */
    boolean maySee(Caller caller, long ownerId);

    /** Whether anybody may see them, so that caches may keep the file. */
    boolean isPublic(long ownerId);
}
