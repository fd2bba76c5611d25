package org.cocrea.pending;

/**
 * What waits for someone, in the order the "Pendientes" page lists it. A new kind (assessments
 * to do, when evaluation comes) is a line here, a {@link PendingSource} in its feature, a link on
 * the page ({@code web.account.PendingPage}) and its bundle keys ({@code pending.kind.<NAME>}).
 */
public enum PendingKind {
    /** A draft the secretariat must review (En revisión). */
    DRAFT_TO_REVIEW,
    /** A draft the secretariat sent back (Cambios solicitados): someone must edit it. */
    CHANGES_REQUESTED,
    /** A completed milestone waiting for the caller's sign-off. */
    SIGNATURE,
    /** A milestone of the caller's organization past its end date and not complete: report now. */
    REPORT_OVERDUE,
    /** A milestone of the caller's organization whose end date is near: report before it. */
    REPORT_DUE,
    /** An open agreement of a session past its due date or due soon. */
    AGREEMENT_DUE,
    /** An open agreement the caller's organization owns, past its due date or due soon: the secretariat marks it done. */
    AGREEMENT_OWNED,
    /** A published commitment the evaluator has to assess at design (none yet, or its own draft). */
    ASSESSMENT_DESIGN,
    /** A commitment of an ended plan the evaluator has to assess for its results. */
    ASSESSMENT_RESULTS,
    /** For the plan's lead evaluator: a commitment with two or more submitted design assessments to reconcile. */
    RECONCILE_DESIGN,
    /** For the plan's lead evaluator: a commitment with two or more submitted results assessments to reconcile. */
    RECONCILE_RESULTS,
    /** For the lead institution's accounts: a reconciled result not yet answered, inside the reply period. */
    REPLY_DUE,
    /** For the secretariat: a public comment waiting for moderation (approve, or reject with a reason). */
    COMMENT_TO_MODERATE,
    /** A published public comment nobody answered yet, on a commitment the caller may answer for (its state's, or its organization's). */
    QUESTION_TO_ANSWER
}
