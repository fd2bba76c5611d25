package org.cocrea.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cocrea.audit.AuditTrail;
import org.cocrea.file.StoredFile;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.Outbox;
import org.cocrea.mail.Recipient;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Records;
import org.cocrea.shared.SecretTokens;

/**
 * The witnesses of the log: the platform administrator registers (confirmed at once) and stops
 * them; anyone — the state's information institute, a newsroom, a citizen — subscribes an e-mail
 * address, which receives heads once confirmed from the link mailed to it (double opt-in). The
 * courier ({@link WitnessCourier}) records its deliveries here and hands the head mails to the
 * outbox.
 */
@ApplicationScoped
@Transactional
public class Witnesses {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private TransparencyLog log;

    @Inject
    private Outbox outbox;

    /** How long an unconfirmed subscription keeps its address from being mailed again. */
    static final Duration RESEND_AFTER = Duration.ofDays(1);

    /** Registers a witness: a URL (http/https, the one link check) and/or an e-mail address. */
    public Witness register(String url, String email) {
        Caller caller = currentCaller.get();
        caller.requireAdmin();
        String address = url == null || url.isBlank() ? null : StoredFile.checkedUrl(url);
        String mail = email == null || email.isBlank() ? null : email.trim();
        if (address == null && mail == null) {
            throw DomainException.onField("link", "transparency.witness.addressRequired");
        }
        if (mail != null) {
            mail = checkedEmail(mail);
        }
        Witness witness = new Witness(address, mail, clock.instant());
        em.persist(witness);
        audit.record(caller.username(), "CREATE", witness, null);
        return witness;
    }

    /**
     * Anyone subscribes an e-mail address: a confirmation link goes to it, and it receives heads only
     * once confirmed. Said the same way whatever happens (an address already confirmed, or mailed
     * within a day, is not mailed again), so that the answer tells nobody who subscribed.
     */
    public void subscribe(String email, String language) {
        Caller caller = currentCaller.get();
        String mail = checkedEmail(email);
        List<Witness> same = em.createQuery("select w from Witness w where w.email = :email and w.active = true", Witness.class)
                .setParameter("email", mail).getResultList();
        Instant now = clock.instant();
        if (same.stream().anyMatch(w -> w.getConfirmedAt() != null || w.getCreatedAt().isAfter(now.minus(RESEND_AFTER)))) {
            return;
        }
        String token = SecretTokens.newToken();
        Witness witness = Witness.unconfirmed(mail, language, SecretTokens.hash(token), now);
        em.persist(witness);
        audit.record(caller.username(), "SUBSCRIBE", witness, null);
        outbox.enqueueForJob(MailKind.WITNESS_CONFIRM, List.of(new Recipient(null, mail, mail, witness.getLanguage())), null,
                "/witness?t=" + token, mail);
    }

    /** The link's owner confirms its address: from now on it receives each new head. */
    public Witness confirm(String token) {
        Witness witness = byToken(token);
        var before = witness.auditSnapshot();
        witness.confirm(clock.instant());
        audit.record(currentCaller.get().username(), "CONFIRM", witness, before);
        return witness;
    }

    /** The link's owner stops receiving heads. */
    public void stopByToken(String token) {
        Witness witness = byToken(token);
        var before = witness.auditSnapshot();
        witness.stop();
        audit.record(currentCaller.get().username(), "STOP", witness, before);
    }

    private Witness byToken(String token) {
        if (token == null || token.isBlank()) {
            throw DomainException.onField("token", "transparency.witness.token.unknown");
        }
        return em.createQuery("select w from Witness w where w.tokenHash = :hash and w.active = true", Witness.class)
                .setParameter("hash", SecretTokens.hash(token)).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.onField("token", "transparency.witness.token.unknown"));
    }

    private String checkedEmail(String email) {
        String mail = email == null ? "" : email.trim();
        if (mail.isEmpty() || mail.length() > 254 || !validator.validateValue(Witness.class, "email", mail).isEmpty()) {
            throw DomainException.onField("email", "transparency.witness.email.invalid");
        }
        return mail;
    }

    public void stop(long witnessId) {
        Caller caller = currentCaller.get();
        caller.requireAdmin();
        Witness witness = Records.found(em.find(Witness.class, witnessId));
        var before = witness.auditSnapshot();
        witness.stop();
        audit.record(caller.username(), "STOP", witness, before);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Witness> all() {
        currentCaller.get().requireAdmin();
        return em.createQuery("select w from Witness w order by w.id", Witness.class).getResultList();
    }

    /** Whether any witness receives heads now: the courier has nothing to do otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean anyWitness() {
        return !em.createQuery("select w.id from Witness w where w.active = true and w.confirmedAt is not null", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The latest deliveries, newest first, for the administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WitnessDelivery> deliveries(int limit) {
        currentCaller.get().requireAdmin();
        return em.createQuery("select d from WitnessDelivery d join fetch d.witness order by d.id desc", WitnessDelivery.class)
                .setMaxResults(limit).getResultList();
    }

    /**
     * For the courier, in a transaction of its own (never the application's non-transactional
     * EntityManager on an executor thread): the latest head to every confirmed e-mail witness that
     * has not had it, through the outbox (recorded as a delivery, handed over now), and a new
     * delivery of it to every active URL witness, with the head's JSON.
     */
    List<Outgoing> startDeliveriesOfLatestHead() {
        if (log.size() == 0) {
            return List.of();
        }
        SignedHead head = log.latestHead();
        String body = head.toJson().build().toString();
        List<Witness> witnesses = em.createQuery("select w from Witness w where w.active = true and w.confirmedAt is not null",
                Witness.class).getResultList();
        mail(head, body, witnesses.stream().filter(w -> w.getEmail() != null).toList());
        return witnesses.stream().filter(w -> w.getUrl() != null).map(w -> {
            WitnessDelivery delivery = new WitnessDelivery(w, head.getTreeSize());
            em.persist(delivery);
            em.flush();
            return new Outgoing(delivery.getId(), w.getUrl(), body);
        }).toList();
    }

    private void mail(SignedHead head, String json, List<Witness> mailWitnesses) {
        if (mailWitnesses.isEmpty()) {
            return;
        }
        List<Long> hadIt = em.createQuery("select d.witness.id from WitnessDelivery d where d.treeSize >= :size "
                        + "and d.witness in :witnesses", Long.class)
                .setParameter("size", head.getTreeSize()).setParameter("witnesses", mailWitnesses).getResultList();
        Instant now = clock.instant();
        for (Witness witness : mailWitnesses) {
            if (hadIt.contains(witness.getId())) {
                continue;
            }
            WitnessDelivery delivery = new WitnessDelivery(witness, head.getTreeSize());
            delivery.attempted(now, null);
            em.persist(delivery);
            outbox.enqueueForJob(MailKind.WITNESS_HEAD,
                    List.of(new Recipient(null, witness.getEmail(), witness.getEmail(), witness.getLanguage())), null,
                    "/transparency", head.getTreeSize(), head.getRootHash(), json);
        }
    }

    /** A head on its way to a witness's URL. */
    record Outgoing(long deliveryId, String url, String body) {
    }

    /** For the courier: one attempt of a delivery, successful when {@code error} is null. */
    void attempted(long deliveryId, String error) {
        em.find(WitnessDelivery.class, deliveryId).attempted(clock.instant(), error);
    }
}
