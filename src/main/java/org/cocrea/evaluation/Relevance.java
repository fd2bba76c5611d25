package org.cocrea.evaluation;

/** IRM relevance to one open-government value, lowest first. */
public enum Relevance {
    NOT_RELEVANT,
    RELEVANT
}
