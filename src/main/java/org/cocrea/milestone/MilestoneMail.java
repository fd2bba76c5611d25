package org.cocrea.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.account.Recipients;
import org.cocrea.follow.Followers;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.Outbox;
import org.cocrea.mail.Recipient;

/**
 * Who hears of a milestone's events by mail, and the texts' common arguments ({0} the milestone,
 * {1} its state, {2} its commitment, then the event's own): the one place for the milestone events
 * of {@link MilestoneService}, {@link ReportService} and the daily reminders (and of the demo, which
 * writes its milestones' history at start-up). Always inside the event's transaction (the outbox).
 */
@ApplicationScoped
public class MilestoneMail {

    @Inject
    private Outbox outbox;

    @Inject
    private Recipients recipients;

    @Inject
    private Followers followers;

    /** A report arrived: the secretariat reads it on the milestone's page. */
    void reportSubmitted(Milestone milestone, String author, int percent) {
        tell(MailKind.REPORT_SUBMITTED, milestone, recipients.secretariatOf(stateOf(milestone)),
                "/stl/milestone?id=" + milestone.getId(), false, author, percent);
        tellFollowers(MailKind.FOLLOW_REPORT, milestone, percent);
    }

    /** A status set by the secretariat: the public's followers hear of it ({3}: the status, as a choice index). */
    public void statusChanged(Milestone milestone) {
        tellFollowers(MailKind.FOLLOW_STATUS, milestone, milestone.getStatus().ordinal());
    }

    /** Complete: the organizations that sign it off (lead institution, CSO co-responsibles) find it on their milestones page. */
    public void waitingForSignOff(Milestone milestone) {
        if (milestone.isPublic()) { // signing needs a public milestone (Milestone.signOff via MilestoneService)
            List<Recipient> to = new ArrayList<>(recipients.ofActors(milestone.getCommitment().signerIds()));
            if (milestone.requiredParties().contains(org.cocrea.milestone.SignOffParty.INFORMATION_INSTITUTE)) {
                to.addAll(recipients.instituteOf(stateOf(milestone))); // they sign on the secretariat's milestone page
            }
            tell(MailKind.SIGN_OFF_WAITING, milestone, to, "/actor/milestones", false);
        }
    }

    /**
     * A sign-off declined: the milestone's responsible actors (who report again) and the secretariat
     * (who reopened nothing by hand), with the party ({3}), who declined ({4}) and the reason ({5}).
     */
    public void declined(Milestone milestone, SignOffDecline decline) {
        tell(MailKind.SIGN_OFF_DECLINED, milestone, recipients.secretariatOf(stateOf(milestone)),
                "/actor/report?milestone=" + milestone.getId(), true, decline.getParty().ordinal(),
                decline.getDeclinedBy().getFullName(), decline.getReason());
    }

    /** Verified: the secretariat and the milestone's responsible actors; the public page shows the verification. */
    void verified(Milestone milestone) {
        tell(MailKind.MILESTONE_VERIFIED, milestone, recipients.secretariatOf(stateOf(milestone)),
                "/commitment?id=" + milestone.getCommitment().getId(), true);
        tellFollowers(MailKind.FOLLOW_VERIFIED, milestone);
    }

    /**
     * The followers of the milestone's commitment, plan and state, only for a public milestone ({0} the
     * milestone, {1} the state, {2} the commitment's published title, then the event's own).
     */
    private void tellFollowers(MailKind kind, Milestone milestone, Object... more) {
        if (!milestone.isPublic()) {
            return;
        }
        var commitment = milestone.getCommitment();
        Object[] arguments = new Object[3 + more.length];
        arguments[0] = milestone.getTitle();
        arguments[1] = commitment.getPlan().getState().getName();
        arguments[2] = commitment.getPublishedTitle();
        System.arraycopy(more, 0, arguments, 3, more.length);
        followers.tell(kind, stateOf(milestone), commitment.getPlan().getId(), commitment.getId(),
                "/commitment?id=" + commitment.getId(), arguments);
    }

    /** A daily reminder (due in 15 days, overdue): its responsible actors, and for overdue the secretariat too. */
    void remind(MailKind kind, Milestone milestone, Object... more) {
        List<Recipient> to = kind == MailKind.MILESTONE_OVERDUE ? recipients.secretariatOf(stateOf(milestone)) : List.of();
        tell(kind, milestone, to, "/actor/milestones", true, more);
    }

    private void tell(MailKind kind, Milestone milestone, List<Recipient> to, String path, boolean andResponsibles,
                      Object... more) {
        List<Recipient> all = new ArrayList<>(to);
        if (andResponsibles) {
            all.addAll(recipients.ofActors(milestone.getResponsibles().stream().map(a -> a.getId()).toList()));
        }
        Object[] arguments = new Object[3 + more.length];
        arguments[0] = milestone.getTitle();
        arguments[1] = milestone.getCommitment().getPlan().getState().getName();
        arguments[2] = milestone.getCommitment().getTitle();
        System.arraycopy(more, 0, arguments, 3, more.length);
        if (kind == MailKind.MILESTONE_DUE || kind == MailKind.MILESTONE_OVERDUE) {
            outbox.enqueueForJob(kind, all, stateOf(milestone), path, arguments);
        } else {
            outbox.enqueue(kind, all, stateOf(milestone), path, arguments);
        }
    }

    private static long stateOf(Milestone milestone) {
        return milestone.getCommitment().getStateId();
    }
}
