package org.cocrea.systematization;

/**
 * The four sources of adaptive learning (Follow the Money): what a lesson drew on. A lesson drawn
 * from {@link #OTHER_CONTEXTS} names the state or country it drew on.
 */
public enum LearningSource {
    LOCAL_POLITICS, DATA_AND_EVIDENCE, PROBLEM_SOLVING, OTHER_CONTEXTS
}
