package org.cocrea.evaluation;

/** IRM verifiability, lowest first. */
public enum Verifiability {
    NOT_VERIFIABLE,
    VERIFIABLE
}
