package org.cocrea.attachment;

/** The kinds of record that carry attachments; each has an {@link AttachmentAccess} that finds its records. */
public enum AttachmentOwner {
    PRIORITY,
    SESSION,
    TOOLBOX
}
