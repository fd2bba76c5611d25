package org.cocrea.indicator;

/** Which way an indicator improves. */
public enum Direction {
    /** Higher is better (e.g. share of contracts published). */
    UP,
    /** Lower is better (e.g. days to answer a request). */
    DOWN
}
