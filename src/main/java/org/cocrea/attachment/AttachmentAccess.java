package org.cocrea.attachment;

/**
 * Where the records of one kind of owner are: the feature that owns them provides the one bean for
 * its {@link AttachmentOwner}, and downloads ask the record found ({@link HoldsAttachments}) who
 * may read its files.
 */
public interface AttachmentAccess {

    AttachmentOwner owner();

    /** The owner record of that id; null when there is none. */
    HoldsAttachments find(long ownerId);
}
