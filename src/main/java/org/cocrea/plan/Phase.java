package org.cocrea.plan;

import java.util.List;

/** The six phases of the methodology, in order, each with the checklist of what it must produce. */
public enum Phase {
    IDENTIFICATION("ACTORS_MAPPED", "PROBLEMS_DOCUMENTED", "PRIORITIES_RANKED"),
    TRAINING("TRAINING_HELD", "ATTENDANCE_RECORDED", "MATERIALS_SHARED"),
    CO_CREATION("COCREATION_SESSIONS_HELD", "AGREEMENTS_RECORDED", "DRAFTS_REVIEWED", "COMMITMENTS_PUBLISHED"),
    FOLLOW_UP("MILESTONES_SCHEDULED", "PROGRESS_REPORTED", "MILESTONES_VERIFIED"),
    EVALUATION("ASSESSMENTS_RECORDED", "RESULTS_SHARED"),
    SYSTEMATIZATION("LESSONS_RECORDED", "REPORT_GENERATED", "FINAL_REPORT_PUBLISHED");

    private final List<String> checklist;

    Phase(String... checklist) {
        this.checklist = List.of(checklist);
    }

    public int number() {
        return ordinal() + 1;
    }

    /** What the phase must produce; the texts are in the bundles as {@code phase.check.<item>}. */
    public List<String> checklist() {
        return checklist;
    }

    /** The phase after this one, or null after the last. */
    public Phase next() {
        return this == SYSTEMATIZATION ? null : values()[ordinal() + 1];
    }
}
