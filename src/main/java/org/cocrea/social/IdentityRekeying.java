package org.cocrea.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;

/**
 * The re-encryption of complainants' identities after a key rotation (docs/operations.md): the
 * platform administrator sees how many identities are still sealed with an earlier key and seals
 * them again with the current one. Each complaint re-sealed gets an audit entry
 * ({@code IDENTITY_REKEY}: the key id before and after, never the identity); the log says how many.
 * Everything happens in one transaction: it is all or nothing, and may simply be run again.
 */
@ApplicationScoped
@Transactional
public class IdentityRekeying {

    private static final Logger LOG = Logger.getLogger(IdentityRekeying.class.getName());

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private IdentityCipher cipher;

    /** The current key's id and how many identities are sealed with another key (or the first format). */
    public record Status(String currentKeyId, long pending) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Status status() {
        currentCaller.get().requireAdmin();
        long pending = em.createQuery("select count(c) from Complaint c where c.identitySealed is not null "
                        + "and c.identitySealed not like :current", Long.class)
                .setParameter("current", currentPrefix())
                .getSingleResult();
        return new Status(cipher.currentKeyId(), pending);
    }

    /** Seals every identity not sealed with the current key again with it; how many were. Administrators only. */
    public int rekeyAll() {
        Caller caller = currentCaller.get();
        caller.requireAdmin();
        List<Complaint> stale = em.createQuery("select c from Complaint c where c.identitySealed is not null "
                        + "and c.identitySealed not like :current order by c.id", Complaint.class)
                .setParameter("current", currentPrefix())
                .getResultList();
        int done = 0;
        for (Complaint complaint : stale) {
            var before = complaint.auditSnapshot();
            if (complaint.reseal(cipher)) {
                audit.record(caller.username(), "IDENTITY_REKEY", complaint, before);
                done++;
            }
        }
        int count = done;
        LOG.info(() -> "complainants' identities re-sealed with key " + cipher.currentKeyId() + ": " + count + " by " + caller.username());
        return done;
    }

    private String currentPrefix() {
        return "v2:" + cipher.currentKeyId() + ":%";
    }
}
