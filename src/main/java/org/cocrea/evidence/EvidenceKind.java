package org.cocrea.evidence;

/** Evidence is an uploaded file or a link to something public. */
public enum EvidenceKind {
    FILE,
    LINK
}
