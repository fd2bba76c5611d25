package org.cocrea.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.audit.AuditTrail;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.Outbox;
import org.cocrea.mail.Recipient;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * Public comments on public commitments and their milestones (issue 13). Anybody submits one (signed
 * form token, per-network limit, honeypot in the page); it waits for the secretariat of the commitment's
 * state, which approves or rejects it with a reason (another state's secretariat is refused); only
 * approved comments are public. The secretariat, or an account of the commitment's lead institution or a
 * co-responsible, answers an approved comment once as its organization: the commitment's followers and
 * the commenter, if it left an address, are told by mail. The followers are also told when a comment is
 * published (approved), without its author's name or address; a rejected comment mails nobody. Every
 * change is audited (never the address).
 * Publishing or answering writes a row the public pages show, so the public page cache moves on by itself
 * ({@code PageVersionBump}).
 */
@ApplicationScoped
@Transactional
public class CommentService {

    static final String BUCKET = "comment";
    static final int QUEUE_LIMIT = 200;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private FormTokens forms;

    @Inject
    private PublicLimits limits;

    @Inject
    private Followers followers;

    @Inject
    private Outbox outbox;

    /** What a comment is about, if the public may read it: the commitment (and milestone), its plan and state, their titles. */
    public record Subject(long commitmentId, Long milestoneId, long planId, long stateId, String commitmentTitle,
                          String milestoneTitle) {
    }

    /** The public commitment (and, if given, its published milestone); not found otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Subject subject(long commitmentId, Long milestoneId) {
        List<Object[]> rows = em.createQuery("select c.plan.id, c.plan.state.id, c.publishedTitle from Commitment c "
                        + "where c.id = :id and c.publishedVersion is not null and c.plan.status <> org.cocrea.plan.PlanStatus.DRAFT",
                        Object[].class)
                .setParameter("id", commitmentId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        String milestoneTitle = null;
        if (milestoneId != null) {
            milestoneTitle = em.createQuery("select m.publishedTitle from Milestone m where m.id = :id "
                            + "and m.commitment.id = :commitment and m.published = true", String.class)
                    .setParameter("id", milestoneId).setParameter("commitment", commitmentId)
                    .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        }
        Object[] row = rows.get(0);
        return new Subject(commitmentId, milestoneId, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                (String) row[2], milestoneTitle);
    }

    /** A comment of the public, held for moderation. */
    public PublicComment submit(long commitmentId, Long milestoneId, String name, String text, String address,
                                String language, String formToken, String network) {
        forms.check(formToken);
        limits.fromNetwork(BUCKET, network);
        Subject subject = subject(commitmentId, milestoneId);
        PublicComment comment = new PublicComment(commitmentId, milestoneId, subject.stateId(), name, text, address, language);
        if (comment.getAddress() != null) {
            limits.forAddress(BUCKET, comment.getAddress()); // and per e-mail address, when one is left
        }
        em.persist(comment);
        audit.record(currentCaller.get().username(), "COMMENT", comment, null);
        return comment;
    }

    /** The comments waiting in the caller's state, oldest first: the secretariat's queue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicComment> queue() {
        Caller caller = currentCaller.get();
        caller.requireSecretariatOf(caller.stateId());
        return em.createQuery("select c from PublicComment c where c.stateId = :state and c.status = :pending order by c.id",
                        PublicComment.class)
                .setParameter("state", caller.stateId()).setParameter("pending", CommentStatus.PENDING)
                .setMaxResults(QUEUE_LIMIT).getResultList();
    }

    /**
     * Published comments no one answered yet that the caller may answer, newest first: for the
     * secretariat, every one of its state; for an account of a responsible organization, those on the
     * commitments its organization leads or co-leads. Anyone else is refused.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicComment> unanswered() {
        Caller caller = currentCaller.get();
        if (caller.runsSecretariatOf(caller.stateId())) {
            return em.createQuery("select c from PublicComment c where c.stateId = :state and c.status = :approved "
                            + "and c.answer is null order by c.id desc", PublicComment.class)
                    .setParameter("state", caller.stateId()).setParameter("approved", CommentStatus.APPROVED)
                    .setMaxResults(QUEUE_LIMIT).getResultList();
        }
        if (!caller.followsUpForItsOrganization()) {
            throw new AccessDeniedException();
        }
        return em.createQuery("select c from PublicComment c where c.stateId = :state and c.status = :approved "
                        + "and c.answer is null and c.commitmentId in (" + COMMITMENTS_OF_ACTOR + ") order by c.id desc",
                        PublicComment.class)
                .setParameter("state", caller.stateId()).setParameter("approved", CommentStatus.APPROVED)
                .setParameter("actor", caller.actorId())
                .setMaxResults(QUEUE_LIMIT).getResultList();
    }

    /** The commitments an actor ({@code :actor}) leads or co-leads, as a subquery of their ids. */
    static final String COMMITMENTS_OF_ACTOR = "select m.id from Commitment m left join m.coResponsibles r "
            + "where m.leadInstitution.id = :actor or r.id = :actor";

    public void approve(long commentId) {
        Caller caller = currentCaller.get();
        PublicComment comment = moderated(caller, commentId);
        var before = comment.auditSnapshot();
        comment.approve(caller.username(), clock.instant());
        audit.record(caller.username(), "APPROVE_COMMENT", comment, before);
        Subject subject = subject(comment.getCommitmentId(), comment.getMilestoneId());
        followers.tell(MailKind.FOLLOW_COMMENT, subject.stateId(), subject.planId(), subject.commitmentId(),
                "/commitment?id=" + comment.getCommitmentId(), subject.commitmentTitle());
    }

    public void reject(long commentId, String reason) {
        Caller caller = currentCaller.get();
        PublicComment comment = moderated(caller, commentId);
        var before = comment.auditSnapshot();
        comment.reject(reason, caller.username(), clock.instant());
        audit.record(caller.username(), "REJECT_COMMENT", comment, before);
    }

    /**
     * The official answer, as the caller's organization: the secretariat of the comment's state (its
     * secretariat's name) or an account of the commitment's lead institution or a co-responsible (its
     * organization's name). Others are refused.
     */
    public void answer(long commentId, String text) {
        Caller caller = currentCaller.get();
        PublicComment comment = em.find(PublicComment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null || !caller.belongsTo(comment.getStateId())) {
            throw new NotFoundException();
        }
        String organization = organizationAnswering(caller, comment);
        var before = comment.auditSnapshot();
        comment.answer(text, organization, caller.username(), clock.instant());
        audit.record(caller.username(), "ANSWER_COMMENT", comment, before);
        tellAnswered(comment);
    }

    /**
     * The mails of an official answer: the followers of the comment's commitment, plan and state, and its
     * author if it left an address. What {@link #answer} sends, and the demo's answered comment too
     * ({@link FollowSeeds#answer}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellAnswered(PublicComment comment) {
        if (!comment.isAnswered()) {
            throw new IllegalStateException("comment " + comment.getId() + " has no answer");
        }
        String organization = comment.getAnswerOrganization();
        Subject subject = subject(comment.getCommitmentId(), comment.getMilestoneId());
        String path = "/commitment?id=" + comment.getCommitmentId();
        followers.tell(MailKind.COMMENT_ANSWERED, subject.stateId(), subject.planId(), subject.commitmentId(), path,
                subject.commitmentTitle(), organization);
        if (comment.getAddress() != null) {
            outbox.enqueue(MailKind.COMMENT_ANSWERED_TO_AUTHOR,
                    List.of(new Recipient(null, comment.getAddress(), comment.getAuthorName(), comment.getLanguage())),
                    subject.stateId(), path, subject.commitmentTitle(), organization);
        }
    }

    /** Whether the caller may answer comments on that commitment (the page shows the answer box). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayAnswer(long commitmentId) {
        Caller caller = currentCaller.get();
        return !caller.isAnonymous() && (secretariatName(caller, commitmentId) != null || partyName(caller, commitmentId) != null);
    }

    /**
     * What the public reads of a public commitment's comments, oldest first: the approved ones with their
     * answers, and in the place of each hidden (rejected) one the secretariat's reason, which stays visible
     * (never its author or text: the page shows only the reason of a hidden comment).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicComment> published(long commitmentId) {
        return em.createQuery("select c from PublicComment c where c.commitmentId = :id and c.status in :shown "
                        + "order by c.id", PublicComment.class)
                .setParameter("id", commitmentId).setParameter("shown", List.of(CommentStatus.APPROVED, CommentStatus.REJECTED))
                .getResultList();
    }

    private PublicComment moderated(Caller caller, long commentId) {
        PublicComment comment = Records.found(em.find(PublicComment.class, commentId, LockModeType.PESSIMISTIC_WRITE));
        if (!caller.belongsTo(comment.getStateId())) {
            throw new NotFoundException(); // another state's comment is not even there
        }
        caller.requireSecretariatOf(comment.getStateId());
        return comment;
    }

    private String organizationAnswering(Caller caller, PublicComment comment) {
        String secretariat = secretariatName(caller, comment.getCommitmentId());
        if (secretariat != null) {
            return secretariat;
        }
        String party = partyName(caller, comment.getCommitmentId());
        if (party == null) {
            throw new AccessDeniedException();
        }
        return party;
    }

    private String secretariatName(Caller caller, long commitmentId) {
        List<Object[]> rows = em.createQuery("select c.plan.state.id, c.plan.state.secretariatName from Commitment c "
                + "where c.id = :id", Object[].class).setParameter("id", commitmentId).getResultList();
        return !rows.isEmpty() && caller.runsSecretariatOf(((Number) rows.get(0)[0]).longValue()) ? (String) rows.get(0)[1] : null;
    }

    private String partyName(Caller caller, long commitmentId) {
        if (!caller.followsUpForItsOrganization()) {
            return null;
        }
        List<String> names = new ArrayList<>(em.createQuery("select c.leadInstitution.name from Commitment c "
                        + "where c.id = :id and c.leadInstitution.id = :actor", String.class)
                .setParameter("id", commitmentId).setParameter("actor", caller.actorId()).getResultList());
        names.addAll(em.createQuery("select a.name from Commitment c join c.coResponsibles a where c.id = :id and a.id = :actor",
                        String.class)
                .setParameter("id", commitmentId).setParameter("actor", caller.actorId()).getResultList());
        return names.isEmpty() ? null : names.get(0);
    }
}
