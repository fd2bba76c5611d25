package org.cocrea.demo;

import org.cocrea.follow.Follower;
import org.cocrea.follow.PublicComment;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.SignOffDecline;

/**
 * An event of the demo's history that sends mail (issue 13): {@link DemoData} hands it to the sender
 * the service of that event uses, so the demo's outbox holds the mails the platform would have written.
 */
sealed interface DemoMail {

    /** Somebody asked to follow: the confirmation mail (FollowService.request). */
    record FollowRequested(Follower follower) implements DemoMail {
    }

    /** An official answer to a public comment: its followers hear of it (CommentService.answer). */
    record CommentAnswered(PublicComment comment) implements DemoMail {
    }

    /** A sign-off declined: the secretariat and the responsible actors (MilestoneService.decline). */
    record Declined(Milestone milestone, SignOffDecline decline) implements DemoMail {
    }

    /** The secretariat moved the status: the followers, and the signers when Complete (MilestoneService.moveTo). */
    record StatusChanged(Milestone milestone) implements DemoMail {
    }
}
