package org.cocrea.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cocrea.audit.AuditTrail;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.Outbox;
import org.cocrea.shared.DomainException;

/**
 * "I forgot my password": anyone types an e-mail address; every active account with that address gets
 * a mail with a single-use link ({@link PasswordReset}); the page answers the same whether or not an
 * account exists, and past {@link PasswordReset#MAX_PER_WINDOW} requests an hour per account it sends
 * nothing more (and still answers the same). Following the link, a new password; every step audited.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Passwords passwords;

    /** Sends the reset links for an address; returns nothing that tells whether it is anybody's. */
    public void request(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        Instant now = clock.instant();
        List<Account> accounts = em.createQuery("select a from Account a where a.email = :email and a.active = true order by a.id",
                        Account.class)
                .setParameter("email", email.strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE) // two requests at once count against each other
                .getResultList();
        for (Account account : accounts) {
            List<PasswordReset> recent = em.createQuery("select r from PasswordReset r where r.accountId = :account "
                            + "and r.createdAt > :since", PasswordReset.class)
                    .setParameter("account", account.getId())
                    .setParameter("since", now.minus(PasswordReset.WINDOW))
                    .getResultList();
            if (recent.size() >= PasswordReset.MAX_PER_WINDOW) {
                continue;
            }
            endOpenResets(account.getId(), now);
            PasswordReset.Issued issued = PasswordReset.issue(account.getId(), now);
            em.persist(issued.reset());
            audit.record(account.getUsername(), "REQUEST_PASSWORD_RESET", account, account.auditSnapshot());
            outbox.enqueueForJob(MailKind.PASSWORD_RESET, List.of(Recipients.of(account)),
                    account.getState() == null ? null : account.getState().getId(), "/password-reset?t=" + issued.token(),
                    account.getUsername(), PasswordReset.VALID.toMinutes());
        }
    }

    /** Whether a link still works (the page asks before showing the form). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isUsable(String token) {
        PasswordReset reset = find(token);
        return reset != null && reset.isUsable(clock.instant());
    }

    /** Sets the new password through a link: once, before it expires; ends the account's other links. */
    public void reset(String token, String newPassword) {
        Instant now = clock.instant();
        PasswordReset reset = find(token);
        if (reset == null) {
            throw new DomainException("passwordReset.invalid");
        }
        em.lock(reset, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(reset);
        reset.redeem(now);
        Account account = em.find(Account.class, reset.getAccountId());
        if (!account.isActive()) {
            throw new DomainException("passwordReset.invalid");
        }
        var before = account.auditSnapshot();
        account.changePasswordHash(passwords.hashNew("newPassword", newPassword));
        endOpenResets(account.getId(), now);
        audit.record(account.getUsername(), "RESET_PASSWORD_BY_MAIL", account, before);
    }

    private void endOpenResets(long accountId, Instant now) {
        em.createQuery("select r from PasswordReset r where r.accountId = :account and r.usedAt is null and r.expiresAt > :now",
                        PasswordReset.class)
                .setParameter("account", accountId)
                .setParameter("now", now)
                .getResultList()
                .forEach(r -> r.end(now));
    }

    private PasswordReset find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        return em.createQuery("select r from PasswordReset r where r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", PasswordReset.hash(token))
                .getResultStream().findFirst().orElse(null);
    }
}
