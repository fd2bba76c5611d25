package org.cocrea.demo;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.commitment.Commitment;
import org.cocrea.follow.FollowSeeds;
import org.cocrea.follow.FollowTarget;
import org.cocrea.follow.Follower;
import org.cocrea.follow.PublicComment;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneFacts;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.SignOffDecline;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.state.State;

/**
 * The public follow-up of the demo (issue 13), from {@code org/cocrea/demo/following.json} by state
 * code: confirmed followers by e-mail (of the state and of a commitment), public comments on a
 * published commitment (one answered officially by the secretariat, one rejected with its reason, one
 * published and unanswered), and a sign-off declined with a reason on a complete milestone. Written
 * through the entities' rules, as the services would ({@link FollowSeeds}, {@link Milestone#decline}),
 * with the mails those services send ({@link DemoMail}): each follower's confirmation, the answer told to
 * the followers, the decline told to the secretariat, the milestone completed again told to its followers
 * and to the organizations that sign it.
 *
 * <p>The declined milestone goes back to In progress with the decline kept in its history; the content
 * may then have the secretariat complete it again on its final report ({@code "completeAgain"}), so the
 * milestone counts the public pages show stay as they were.
 */
final class DemoFollowing {

    private static final String RESOURCE = "following.json";

    private final DemoBuilder.Sink sink;
    private final Clock clock;
    private final JsonObject content = DemoStates.resource(RESOURCE);
    int followers;
    int comments;
    int declines;

    DemoFollowing(DemoBuilder.Sink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    void build(State state, List<Commitment> commitments, Map<String, Account> people, LocalDate today, ZoneId zone) {
        if (!content.containsKey(state.getCode())) {
            return;
        }
        JsonObject spec = content.getJsonObject(state.getCode());
        String secretariat = people.get(DemoStates.SECRETARIADO).getUsername();
        for (JsonObject f : spec.getJsonArray("followers").getValuesAs(JsonObject.class)) {
            FollowTarget kind = FollowTarget.valueOf(f.getString("target"));
            long targetId = kind == FollowTarget.STATE ? state.getId() : published(commitments, f.getInt("commitment")).getId();
            Follower follower = FollowSeeds.requested(kind, targetId, state.getId(), f.getString("address"),
                    f.getString("language", "es"));
            sink.persist(follower);
            sink.audit("FOLLOW", follower, null);
            sink.mail(new DemoMail.FollowRequested(follower));
            var before = follower.auditSnapshot();
            FollowSeeds.confirm(follower, at(today.minusDays(f.getInt("daysAgo")), zone));
            sink.audit("CONFIRM_FOLLOW", follower, before);
            followers++;
        }

        JsonObject c = spec.getJsonObject("comments");
        Commitment commented = published(commitments, c.getInt("commitment"));
        for (JsonObject p : c.getJsonArray("list").getValuesAs(JsonObject.class)) {
            Long milestoneId = p.containsKey("milestone") ? commented.getMilestones().get(p.getInt("milestone")).getId() : null;
            PublicComment comment = FollowSeeds.submitted(commented.getId(), milestoneId, state.getId(), p.getString("name"),
                    p.getString("text"), "es");
            sink.persist(comment);
            sink.audit("COMMENT", comment, null);
            Instant moderated = at(today.minusDays(Math.max(0, p.getInt("daysAgo") - 1)), zone);
            var before = comment.auditSnapshot();
            if (p.containsKey("reject")) {
                FollowSeeds.reject(comment, p.getString("reject"), secretariat, moderated);
                sink.audit("REJECT_COMMENT", comment, before);
            } else {
                FollowSeeds.approve(comment, secretariat, moderated);
                sink.audit("APPROVE_COMMENT", comment, before);
            }
            if (p.containsKey("answer")) {
                JsonObject a = p.getJsonObject("answer");
                before = comment.auditSnapshot();
                FollowSeeds.answer(comment, a.getString("text"), state.getSecretariatName(), secretariat,
                        at(today.minusDays(a.getInt("daysAgo")), zone));
                sink.audit("ANSWER_COMMENT", comment, before);
                sink.mail(new DemoMail.CommentAnswered(comment));
            }
            comments++;
        }

        if (spec.containsKey("decline")) {
            decline(spec.getJsonObject("decline"), commitments, people, today, zone);
        }
    }

    /** As MilestoneService.decline: the CSO co-responsible, asked to sign the complete milestone, declines with a reason. */
    private void decline(JsonObject d, List<Commitment> commitments, Map<String, Account> people, LocalDate today, ZoneId zone) {
        Commitment c = published(commitments, d.getInt("commitment"));
        Milestone m = c.getMilestones().get(d.getInt("milestone"));
        Account cso = people.values().stream()
                .filter(a -> c.hasCsoCoResponsible(a.getActor()))
                .min(Comparator.comparing(Account::getUsername))
                .orElseThrow(() -> new IllegalStateException(c.getTitle() + ": no demo account for the CSO co-responsible"));
        var before = m.auditSnapshot();
        SignOffDecline decline = m.decline(SignOffParty.CSO_CO_RESPONSIBLE, cso, d.getString("reason"),
                at(today.minusDays(d.getInt("daysAgo")), zone));
        sink.persist(decline);
        sink.audit("DECLINE", m, before);
        sink.audit("DECLINE", decline, null);
        sink.mail(new DemoMail.Declined(m, decline));
        declines++;
        if (d.getBoolean("completeAgain", false)) {
            before = m.auditSnapshot();
            m.moveTo(MilestoneStatus.COMPLETE);
            sink.audit("STATUS", m, before);
            sink.mail(new DemoMail.StatusChanged(m));
            Instant now = clock.instant();
            sink.log(() -> MilestoneFacts.status(m, now));
        }
    }

    private static Commitment published(List<Commitment> commitments, int index) {
        Commitment c = commitments.get(index);
        if (c.getPublishedVersion() == null) {
            throw new IllegalStateException("following.json names a commitment that is not published: " + c.getTitle());
        }
        return c;
    }

    private Instant at(LocalDate date, ZoneId zone) {
        Instant instant = date.atTime(LocalTime.NOON).atZone(zone).toInstant();
        Instant now = clock.instant();
        return instant.isAfter(now) ? now : instant;
    }
}
