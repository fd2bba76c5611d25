package org.cocrea.indicator;

/** The four levels of a plan's theory of change, in the order of the chain. */
public enum TheoryLevel {
    ACTIVITY, PRODUCT, RESULT, IMPACT
}
