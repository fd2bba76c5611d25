package org.cocrea.web.account;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.account.AccountService;
import org.cocrea.account.Passwords;
import org.cocrea.actor.Actor;
import org.cocrea.shared.Role;
import org.cocrea.web.Messages;

/**
 * The accounts of one state as its managers see them (WEB-INF/includes/accounts.xhtml): the list,
 * (de)activate and reset buttons for the accounts the manager's role manages, the temporary
 * password of the last reset (shown once, in this view only) and the form for a new account. One
 * piece for the administrator's state page and the secretariat's accounts page; the services
 * decide who may do what.
 */
public class AccountsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AccountService accounts;
    private final long stateId;
    private final List<Role> roles;
    private final List<Actor> actors;
    private final String reload;
    private List<Account> list;

    private final Account account = Account.blank();
    private Long actorId;
    private String password;

    private String resetUsername;
    private String temporaryPassword;

    /** The roles the caller may give (and whose accounts it manages), in the order of the enum. */
    public AccountsSection(AccountService accounts, long stateId, Role callerRole, List<Actor> actors, String reload) {
        this.accounts = accounts;
        this.stateId = stateId;
        this.roles = Arrays.stream(Role.values()).filter(callerRole::manages).toList();
        this.actors = actors;
        this.reload = reload;
        this.list = accounts.ofState(stateId);
    }

    public String create() {
        accounts.create(account, stateId, actorId, password);
        Messages.saved("admin.account.created");
        return reload;
    }

    public String activate(long accountId) {
        accounts.setActive(accountId, true);
        Messages.saved("admin.account.activated");
        return reload;
    }

    public String deactivate(long accountId) {
        accounts.setActive(accountId, false);
        Messages.saved("admin.account.deactivated");
        return reload;
    }

    /** Resets and keeps the temporary password for this view only: the page shows it once. */
    public void resetPassword(long accountId) {
        temporaryPassword = accounts.resetPassword(accountId);
        resetUsername = list.stream().filter(a -> a.getId() == accountId).map(Account::getUsername).findFirst().orElse("");
        list = accounts.ofState(stateId);
    }

    /** Whether the list offers the manager's buttons on that account. */
    public boolean manages(Account other) {
        return roles.contains(other.getRole());
    }

    public long getStateId() { return stateId; }
    public List<Role> getRoles() { return roles; }
    public List<Actor> getActors() { return actors; }
    public List<Account> getAccounts() { return list; }
    public Account getAccount() { return account; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordHint() { return Messages.text("admin.account.passwordHint", Passwords.MIN_LENGTH); }
    public String getResetUsername() { return resetUsername; }
    public String getTemporaryPassword() { return temporaryPassword; }
}
