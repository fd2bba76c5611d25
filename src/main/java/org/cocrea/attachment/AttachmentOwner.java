package org.cocrea.attachment;

/** The kinds of record that carry attachments; each has an {@link AttachmentAccess} that finds its records. */
public enum AttachmentOwner {
    PRIORITY,
    SESSION,
    TOOLBOX,
    /** The evidence of a social program's condition check (issue 15). */
    PROGRAM_CONDITION,
    /** The evidence of a vigilance group's finding (issue 15). */
    VIGILANCE_FINDING,
    /** The adapted versions of a toolbox material that a plan used (issue 9). */
    TOOLBOX_USE,
    /** The files a citizen sent with a complaint about a social program (issue 15): the state's secretariat reads them. */
    COMPLAINT
}
