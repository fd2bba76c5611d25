package org.cocrea.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cocrea.audit.AuditTrail;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.MailSettings;
import org.cocrea.mail.Outbox;
import org.cocrea.mail.Recipient;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.NotFoundException;

/**
 * Following by e-mail with double opt-in (issue 13), for anybody, without signing in: a follow request
 * writes (or finds) an unconfirmed {@link Follower} and sends the confirmation mail through the outbox;
 * the signed link of that mail confirms it; the signed link at the foot of every follower mail stops it.
 * The answer to a request is the same whether the address followed already or not. The form that asks
 * carries a signed, time-limited token ({@link FormTokens}).
 * Signed links need no stored secret: {@code confirm.<id>} and {@code stop.<id>} signed with the mail key
 * ({@link MailSettings#sign}); a stopped follower's row is gone, so its old links do nothing.
 */
@ApplicationScoped
@Transactional
public class FollowService {

    static final String BUCKET = "follow";
    private static final String CONFIRM = "confirm.";
    private static final String STOP = "stop.";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailSettings settings;

    @Inject
    private Outbox outbox;

    @Inject
    private PublicLimits limits;

    @Inject
    private AuditTrail audit;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private FormTokens forms;

    /** What a follow form shows and posts: the target's name and state, if the public may read it. */
    public record Target(FollowTarget kind, long id, long stateId, String name) {
    }

    /** The target if the public may read it; otherwise not found (a draft, a tampered id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Target target(FollowTarget kind, long id) {
        if (kind == null) {
            throw new NotFoundException();
        }
        List<Object[]> rows = em.createQuery(kind.publicQuery(), Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return new Target(kind, id, ((Number) rows.get(0)[0]).longValue(), (String) rows.get(0)[1]);
    }

    /**
     * Somebody asks to follow. Refused with a message: an expired or forged form ({@code follow.form.expired}),
     * a missing or malformed address (on the field {@code address}), too many requests from the network or for
     * the address ({@code follow.tooMany}); a target the public cannot read is not found. Otherwise the answer is
     * always the same: a new or still unconfirmed follower gets a confirmation mail, a confirmed one nothing.
     */
    public void request(FollowTarget kind, long id, String typedAddress, String language, String formToken, String network) {
        forms.check(formToken);
        limits.fromNetwork(BUCKET, network);
        String address = Follower.checkedAddress(typedAddress);
        Target target = target(kind, id);
        limits.forAddress(BUCKET, address);
        Follower follower = em.createQuery("select f from Follower f where f.target = :kind and f.targetId = :id "
                        + "and f.address = :address", Follower.class)
                .setParameter("kind", kind)
                .setParameter("id", id)
                .setParameter("address", address)
                .getResultStream().findFirst().orElse(null);
        if (follower == null) {
            follower = new Follower(kind, id, target.stateId(), address, language);
            em.persist(follower);
            audit.record(currentCaller.get().username(), "FOLLOW", follower, null);
        } else if (follower.isConfirmed()) {
            return;
        } else {
            follower.chooseLanguage(language);
        }
        askToConfirm(follower, target);
    }

    /**
     * The confirmation mail of a follower that asked and has not confirmed yet: what {@link #request}
     * sends, and the demo's followers received before they confirmed ({@link FollowSeeds}). The
     * follower has its id (it was written).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void askToConfirm(Follower follower) {
        if (follower.isConfirmed()) {
            throw new IllegalStateException("follower " + follower.getId() + " has confirmed already");
        }
        askToConfirm(follower, target(follower.getTarget(), follower.getTargetId()));
    }

    private void askToConfirm(Follower follower, Target target) {
        outbox.enqueue(MailKind.FOLLOW_CONFIRM, List.of(Recipient.follower(follower.getAddress(), follower.getLanguage(), null)),
                target.stateId(), "/follow?confirm=" + settings.sign(CONFIRM + follower.getId()), target.name());
    }

    /** The confirmation link's second step: the follower, now confirmed, or empty for a forged or stale link. */
    public Optional<Follower> confirm(String token) {
        Optional<Follower> follower = byToken(CONFIRM, token);
        follower.filter(f -> !f.isConfirmed()).ifPresent(f -> {
            var before = f.auditSnapshot();
            f.confirm(clock.instant());
            audit.record(currentCaller.get().username(), "CONFIRM_FOLLOW", f, before);
        });
        return follower;
    }

    /** The stop link: the follower is deleted. False for a forged link or one already used. */
    public boolean stop(String token) {
        Optional<Follower> follower = byToken(STOP, token);
        follower.ifPresent(f -> {
            var before = f.auditSnapshot();
            em.remove(f);
            audit.record(currentCaller.get().username(), "UNFOLLOW", f, before);
        });
        return follower.isPresent();
    }

    /** Whether a confirmation or stop link is genuine and its follower still there (the page asks before it acts). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isValid(String token) {
        return byToken(CONFIRM, token).or(() -> byToken(STOP, token)).isPresent();
    }

    /** The path of a follower's stop link, at the foot of its mails. */
    String stopPath(Follower follower) {
        return "/follow?stop=" + settings.sign(STOP + follower.getId());
    }

    private Optional<Follower> byToken(String purpose, String token) {
        return settings.verified(token)
                .filter(p -> p.startsWith(purpose))
                .flatMap(p -> {
                    try {
                        return Optional.ofNullable(em.find(Follower.class, Long.parseLong(p.substring(purpose.length()))));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                });
    }
}
