package org.cocrea.attachment;

/** The kinds of record that carry attachments; each has an {@link AttachmentAccess} that says who sees them. */
public enum AttachmentOwner {
    PRIORITY,
    SESSION,
    TOOLBOX
}
