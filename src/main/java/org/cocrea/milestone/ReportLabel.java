package org.cocrea.milestone;

/** Optional label of a periodic report. */
public enum ReportLabel {
    FIRST_PROGRESS,
    SECOND_PROGRESS,
    FINAL_RESULT
}
