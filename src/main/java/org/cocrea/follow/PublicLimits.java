package org.cocrea.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.cocrea.mail.MailSettings;
import org.cocrea.shared.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one rate limit of the anonymous public forms: at most so many requests per hour from one network
 * and for one address, each limit a MicroProfile Config setting ({@code cocrea.follow.perNetworkPerHour},
 * {@code cocrea.follow.perAddressPerHour}). Counted in the database ({@code public_request}), so every
 * instance of a cluster sees the same counts; only a keyed hash of the network or address is kept, and
 * rows older than a day are deleted as new ones come.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PublicLimits {

    private static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailSettings settings;

    @Inject
    @ConfigProperty(name = "cocrea.follow.perNetworkPerHour", defaultValue = "20")
    int perNetwork;

    @Inject
    @ConfigProperty(name = "cocrea.follow.perAddressPerHour", defaultValue = "3")
    int perAddress;

    /** Counts a request from {@code network} (the client's address) or refuses it: {@code follow.tooMany}. */
    public void fromNetwork(String bucket, String network) {
        take(bucket + ".network", network == null ? "" : network, perNetwork);
    }

    /** Counts a request for {@code address} (already in its one form) or refuses it: {@code follow.tooMany}. */
    public void forAddress(String bucket, String address) {
        take(bucket + ".address", address, perAddress);
    }

    private void take(String bucket, String key, int perHour) {
        Instant now = clock.instant();
        String hash = keyed(bucket, key);
        em.createQuery("delete from PublicRequest r where r.createdAt < :old")
                .setParameter("old", now.minus(Duration.ofDays(1)))
                .executeUpdate();
        long recent = em.createQuery("select count(r) from PublicRequest r where r.bucket = :bucket "
                        + "and r.keyHash = :hash and r.createdAt >= :since", Long.class)
                .setParameter("bucket", bucket)
                .setParameter("hash", hash)
                .setParameter("since", now.minus(WINDOW))
                .getSingleResult();
        if (recent >= perHour) {
            throw new DomainException("follow.tooMany");
        }
        em.persist(new PublicRequest(bucket, hash));
    }

    /** The signature part of a signed token: an HMAC with the server's key, so the hash cannot be reversed by guessing. */
    private String keyed(String bucket, String key) {
        String signed = settings.sign(bucket + ":" + key);
        return signed.substring(signed.lastIndexOf('.') + 1);
    }
}
