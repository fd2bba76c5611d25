package org.cocrea.mail;

/**
 * The kinds of mail Cocrea sends. Texts live in the bundles under {@code mail.<NAME>.subject},
 * {@code mail.<NAME>.body} (the event, with its arguments) and {@code mail.<NAME>.why} (why this
 * person receives it). A person chooses per kind, for those that are {@link #isOptional()}, whether it
 * comes at once, in the daily digest or never.
 */
public enum MailKind {
    /** A draft sent to review: to the secretariat of its state. */
    REVIEW_REQUESTED(true),
    /** Changes requested on a commitment: to the secretariat. */
    CHANGES_REQUESTED(true),
    /** A commitment approved: to the secretariat. */
    APPROVED(true),
    /** A commitment published: to the secretariat and the accounts of its lead institution and co-responsibles. */
    PUBLISHED(true),
    /** A progress report submitted: to the secretariat. */
    REPORT_SUBMITTED(true),
    /** A milestone complete, waiting for the recipient's organization's sign-off. */
    SIGN_OFF_WAITING(true),
    /** A milestone verified: to the secretariat and the milestone's responsible actors. */
    MILESTONE_VERIFIED(true),
    /** A milestone due in 15 days: to its responsible actors (daily job). */
    MILESTONE_DUE(true),
    /** A milestone overdue, daily until it moves: to its responsible actors and the secretariat. */
    MILESTONE_OVERDUE(true),
    /** An agreement of a work session due in 15 days: to the accounts of its owner. */
    AGREEMENT_DUE(true),
    /** An agreement overdue, daily until it is done: to the accounts of its owner. */
    AGREEMENT_OVERDUE(true),
    /** A sign-off declined with a reason (issue 13): to the milestone's responsible actors and the secretariat. */
    SIGN_OFF_DECLINED(true),
    /** An evaluator assigned to a plan: the design (and, once the plan ended, results) assessments waiting for it there. */
    ASSESSMENT_WAITING(true),
    /** The day's held mails in one. */
    DIGEST(false),
    /** A password reset link: always at once, never switched off. */
    PASSWORD_RESET(false),
    /** The double opt-in of an anonymous follower (package follow): the link that confirms it. */
    FOLLOW_CONFIRM(false),
    /** To the confirmed followers of a milestone's commitment, plan or state: a progress report on a public milestone. */
    FOLLOW_REPORT(false),
    /** To the followers: a public milestone verified. */
    FOLLOW_VERIFIED(false),
    /** To the followers: a public milestone changed status. */
    FOLLOW_STATUS(false),
    /** To the followers of a commitment: an official answer to a public comment on it. */
    COMMENT_ANSWERED(false),
    /** To the followers of a commitment: a public comment on it was published (approved by the secretariat). */
    FOLLOW_COMMENT(false),
    /** To the followers of a commitment: a publication of evaluation results that includes it. */
    FOLLOW_RESULT(false),
    /** To the commenter who left an address: the official answer to its comment. */
    COMMENT_ANSWERED_TO_AUTHOR(false),
    /** The link that confirms a witness's e-mail address (issue 16, double opt-in): to the address typed. */
    WITNESS_CONFIRM(false),
    /** A new signed head of the transparency log: to each confirmed e-mail witness. */
    WITNESS_HEAD(false),
    /** The transparency log's self-audit found a mismatch: to the platform's administrators. */
    TRANSPARENCY_ALERT(false),
    /** A state outside the program asked for remote technical assistance (issue 9): to the platform's administrators. */
    ASSISTANCE_REQUESTED(false);

    private final boolean optional;

    MailKind(boolean optional) {
        this.optional = optional;
    }

    /** Whether the person may choose digest or never for it (a reset link and the digest itself may not). */
    public boolean isOptional() {
        return optional;
    }

    /**
     * Whether the mail carries a secret (a password reset link, a witness's confirmation link): once the SMTP server has taken it, its
     * stored text is replaced by a note, so that neither the administrator's page nor the database keeps
     * a usable link (in demo mode, with no server, it is kept: the demo has no other way to read it).
     */
    public boolean carriesSecret() {
        return this == PASSWORD_RESET || this == WITNESS_CONFIRM;
    }

    public String subjectKey() { return "mail." + name() + ".subject"; }
    public String bodyKey() { return "mail." + name() + ".body"; }
    public String whyKey() { return "mail." + name() + ".why"; }
}
