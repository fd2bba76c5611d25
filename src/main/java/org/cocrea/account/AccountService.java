package org.cocrea.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Records;
import org.cocrea.state.State;
import org.cocrea.shared.Role;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;

/**
 * Accounts: the platform administrator creates and edits them; a state's secretariat creates,
 * (de)activates and resets the accounts of the people it coordinates in its own state
 * ({@link Account#isManagedBy}); everyone changes their own password, and must after a reset.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditTrail audit;

    /**
     * Creates an account in a state (none for a platform administrator), working for an actor of
     * that state, with an initial password that its owner should change.
     */
    public Account create(Account form, Long stateId, Long actorId, String initialPassword) {
        Caller caller = currentCaller.get();
        if (!caller.isAdmin()) {
            caller.requireSecretariatOf(stateId);
        }
        Account.requireMayGive(caller, form.getRole());
        if (usernameTaken(form.getUsername())) {
            throw DomainException.onField("username", "account.username.taken");
        }
        State state = stateId == null ? null : em.find(State.class, stateId);
        Actor actor = actorId == null ? null : em.find(Actor.class, actorId);
        Account account = new Account(form.getUsername(), form.getFullName(), form.getEmail(), form.getRole(),
                state, actor, false);
        account.requireManagedBy(caller);
        account.setPasswordHash(passwords.hashNew("password", initialPassword));
        em.persist(account);
        audit.record(caller.username(), "CREATE", account, null);
        return account;
    }

    /** Creates an account without a caller check: only for start-up and demo data. */
    public Account createTrusted(Account account, String password) {
        account.setPasswordHash(passwords.hashNew("password", password));
        em.persist(account);
        audit.record("system", "CREATE", account, null);
        return account;
    }

    public void changeOwnPassword(String currentPassword, String newPassword) {
        Caller caller = currentCaller.get();
        if (caller.isAnonymous()) {
            throw new AccessDeniedException();
        }
        Account account = em.find(Account.class, caller.accountId());
        if (!passwords.matches(currentPassword, account.getPasswordHash())) {
            throw DomainException.onField("currentPassword", "password.currentWrong");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw DomainException.onField("newPassword", "password.unchanged");
        }
        var before = account.auditSnapshot();
        account.changePasswordHash(passwords.hashNew("newPassword", newPassword));
        audit.record(caller.username(), "CHANGE_PASSWORD", account, before);
    }

    /**
     * Gives an account a new random temporary password, which its owner must replace at the next
     * sign-in; returns it, to be shown once to the person who reset it (it is stored only hashed).
     */
    public String resetPassword(long accountId) {
        Caller caller = currentCaller.get();
        Account account = find(accountId);
        account.requireManagedBy(caller);
        var before = account.auditSnapshot();
        String temporary = Passwords.temporary();
        account.resetPasswordHash(passwords.hashNew("password", temporary));
        audit.record(caller.username(), "RESET_PASSWORD", account, before);
        return temporary;
    }

    /** The administrator edits an account of a state: name, e-mail, role, state, organization, active. */
    public Account edit(long accountId, Account form, Long stateId, Long actorId, boolean active) {
        Caller caller = currentCaller.get();
        caller.requireAdmin();
        Account account = find(accountId);
        account.requireManagedBy(caller);
        Account.requireMayGive(caller, form.getRole());
        State state = stateId == null ? null : Records.found(em.find(State.class, stateId));
        Actor actor = actorId == null ? null : Records.found(em.find(Actor.class, actorId));
        var before = account.auditSnapshot();
        account.edit(form.getFullName(), form.getEmail(), form.getRole(), state, actor, active);
        audit.record(caller.username(), "EDIT", account, before);
        return account;
    }

    /** An account with its state and organization, for whoever may manage it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Account managed(long accountId) {
        Account account = Records.found(withStateAndActor(accountId));
        account.requireManagedBy(currentCaller.get());
        return account;
    }

    /** Whether that account signs in with a temporary password it must replace (false if unknown). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mustChangePassword(String username) {
        return em.createQuery("select a.mustChangePassword from Account a where a.username = :u", Boolean.class)
                .setParameter("u", username)
                .getResultStream().findFirst().orElse(false);
    }

    public void setActive(long accountId, boolean active) {
        Caller caller = currentCaller.get();
        Account account = find(accountId);
        account.requireManagedBy(caller);
        var before = account.auditSnapshot();
        account.setActive(active);
        audit.record(caller.username(), active ? "ACTIVATE" : "DEACTIVATE", account, before);
    }

    /** Keeps the language the signed-in caller chose ("es" or "en"); nothing for the public. */
    public void chooseOwnLanguage(String language) {
        Caller caller = currentCaller.get();
        if (caller.isAnonymous() || !("es".equals(language) || "en".equals(language))) {
            return;
        }
        Account account = em.find(Account.class, caller.accountId());
        if (account == null || language.equals(account.getLanguage())) {
            return;
        }
        var before = account.auditSnapshot();
        account.setLanguage(language);
        audit.record(caller.username(), "LANGUAGE", account, before);
    }

    /** The language an account chose, by its username; null when it never chose (or is unknown). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String languageOf(String username) {
        List<String> chosen = em.createQuery("select a.language from Account a where a.username = :u", String.class)
                .setParameter("u", username)
                .getResultList(); // one row, whose language may be null (a stream's findFirst refuses a null)
        return chosen.isEmpty() ? null : chosen.get(0);
    }

    /** The caller's own account, with its state and organization; null for the anonymous public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Account own() {
        Caller caller = currentCaller.get();
        if (caller.isAnonymous()) {
            return null;
        }
        return withStateAndActor(caller.accountId());
    }

    private Account withStateAndActor(long accountId) {
        return em.createQuery("select a from Account a left join fetch a.state left join fetch a.actor where a.id = :id", Account.class)
                .setParameter("id", accountId)
                .getResultStream().findFirst().orElse(null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> ofState(long stateId) {
        Caller caller = currentCaller.get();
        if (!caller.isAdmin()) {
            caller.requireSecretariatOf(stateId);
        }
        return em.createQuery("select a from Account a left join fetch a.actor where a.state.id = :s order by a.role, a.username",
                        Account.class)
                .setParameter("s", stateId)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean usernameTaken(String username) {
        return em.createQuery("select count(a) from Account a where a.username = :u", Long.class)
                .setParameter("u", username)
                .getSingleResult() > 0;
    }

    /**
     * The name a sign-in uses for what was typed: the stored name of the account the database finds
     * for it (its comparison ignores case and accents), else the typed name normalized and without
     * accents. Every way of writing one account's name is the same name, for the identity store,
     * the failure counter ({@link SignInAttempts}) and the page header.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String signInName(String typed) {
        String normal = Usernames.normalize(typed);
        return em.createQuery("select a.username from Account a where a.username = :u", String.class)
                .setParameter("u", normal)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> Usernames.folded(normal));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean anyAdminExists() {
        return em.createQuery("select count(a) from Account a where a.role = :r", Long.class)
                .setParameter("r", Role.PLATFORM_ADMIN)
                .getSingleResult() > 0;
    }

    private Account find(long id) {
        return Records.found(em.find(Account.class, id));
    }
}
