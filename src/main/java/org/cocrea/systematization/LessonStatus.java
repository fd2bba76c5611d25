package org.cocrea.systematization;

/** A lesson the secretariat writes is accepted at once; a responsible actor's proposal waits for its decision. */
public enum LessonStatus {
    PROPOSED, ACCEPTED, DECLINED
}
