package org.cocrea.file;

/** A stored file is an uploaded file or a link to something public. */
public enum FileKind {
    FILE,
    LINK
}
