package org.cocrea.evaluation;

/** IRM potential for results, lowest first. */
public enum Potential {
    UNCLEAR,
    MODEST,
    SUBSTANTIAL
}
