package org.cocrea.transparency;

/** What a log entry records; its {@link #code} is the entry's {@code "kind"} in the canonical JSON. */
public enum EntryKind {
    PROGRESS_REPORT("progress-report"),
    EVIDENCE("evidence"),
    SIGN_OFF("sign-off"),
    MILESTONE_STATUS("milestone-status"),
    COMMITMENT_PUBLICATION("commitment-publication"),
    REPORT_EDITION("report-edition");

    private final String code;

    EntryKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
