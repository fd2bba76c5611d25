package org.cocrea.social;

/** Who filed a complaint: a vigilance group (from a finding) or a citizen (the public form). */
public enum ComplaintSource {
    GROUP,
    PUBLIC
}
