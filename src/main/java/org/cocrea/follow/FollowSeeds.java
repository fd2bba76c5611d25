package org.cocrea.follow;

import java.time.Instant;

/**
 * The demo's followers and public comments (issue 13), written by the start-up demo where nobody is
 * signed in: the same entity steps {@link FollowService} and {@link CommentService} take (a follower
 * created and then confirmed through its double opt-in; a comment submitted, then approved or rejected
 * with a reason, then answered as an organization), so every rule of the entities holds; the mails those
 * steps send go through the services' own senders ({@link FollowService#askToConfirm},
 * {@link CommentService#tellAnswered}). Nothing but the demo calls these; the services stay the only way
 * in for anybody signed in or not.
 */
public final class FollowSeeds {

    private FollowSeeds() {
    }

    /** A follower that asked, still unconfirmed: its confirmation mail goes out ({@link FollowService#askToConfirm}). */
    public static Follower requested(FollowTarget kind, long targetId, long stateId, String address, String language) {
        return new Follower(kind, targetId, stateId, address, language);
    }

    /** The follower confirmed through the link of its confirmation mail. */
    public static void confirm(Follower follower, Instant confirmedAt) {
        follower.confirm(confirmedAt);
    }

    /** A comment of the public, held for moderation, as {@link CommentService#submit} writes it. */
    public static PublicComment submitted(long commitmentId, Long milestoneId, long stateId, String name, String text,
                                          String language) {
        return new PublicComment(commitmentId, milestoneId, stateId, name, text, null, language);
    }

    public static void approve(PublicComment comment, String by, Instant now) {
        comment.approve(by, now);
    }

    public static void reject(PublicComment comment, String reason, String by, Instant now) {
        comment.reject(reason, by, now);
    }

    /** The official answer, in the name of {@code organization}. */
    public static void answer(PublicComment comment, String text, String organization, String by, Instant now) {
        comment.answer(text, organization, by, now);
    }
}
