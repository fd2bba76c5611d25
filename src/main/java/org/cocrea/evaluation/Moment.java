package org.cocrea.evaluation;

/** The two moments at which a commitment is assessed (IRM): its design, once published, and its results, at the plan's end. */
public enum Moment {
    DESIGN,
    RESULTS
}
