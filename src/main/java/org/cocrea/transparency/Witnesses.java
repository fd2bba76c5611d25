package org.cocrea.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import org.cocrea.audit.AuditTrail;
import org.cocrea.file.StoredFile;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Records;

/**
 * The witnesses of the log: the platform administrator registers and stops them; the courier
 * ({@link WitnessCourier}) records its deliveries here. E-mail witnesses are kept but receive
 * nothing until Cocrea has its mail outbox (another issue).
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

    /** Registers a witness: a URL (http/https, the one link check) and/or an e-mail address. */
    public Witness register(String url, String email) {
        Caller caller = currentCaller.get();
        caller.requireAdmin();
        String address = url == null || url.isBlank() ? null : StoredFile.checkedUrl(url);
        String mail = email == null || email.isBlank() ? null : email.trim();
        if (address == null && mail == null) {
            throw DomainException.onField("link", "transparency.witness.addressRequired");
        }
        if (mail != null && (mail.length() > 254 || !validator.validateValue(Witness.class, "email", mail).isEmpty())) {
            throw DomainException.onField("email", "transparency.witness.email.invalid");
        }
        Witness witness = new Witness(address, mail, clock.instant());
        em.persist(witness);
        audit.record(caller.username(), "CREATE", witness, null);
        return witness;
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

    /** Whether any active witness has a URL: the courier has nothing to do otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean anyUrlWitness() {
        return !em.createQuery("select w.id from Witness w where w.active = true and w.url is not null", Long.class)
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
     * EntityManager on an executor thread): a new delivery of the latest head to every active URL
     * witness, with the head's JSON.
     */
    List<Outgoing> startDeliveriesOfLatestHead() {
        if (log.size() == 0) {
            return List.of();
        }
        SignedHead head = log.latestHead();
        String body = head.toJson().build().toString();
        List<Witness> witnesses = em.createQuery("select w from Witness w where w.active = true and w.url is not null", Witness.class)
                .getResultList();
        return witnesses.stream().map(w -> {
            WitnessDelivery delivery = new WitnessDelivery(w, head.getTreeSize());
            em.persist(delivery);
            em.flush();
            return new Outgoing(delivery.getId(), w.getUrl(), body);
        }).toList();
    }

    /** A head on its way to a witness's URL. */
    record Outgoing(long deliveryId, String url, String body) {
    }

    /** For the courier: one attempt of a delivery, successful when {@code error} is null. */
    void attempted(long deliveryId, String error) {
        em.find(WitnessDelivery.class, deliveryId).attempted(clock.instant(), error);
    }
}
