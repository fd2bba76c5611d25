package org.cocrea.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.account.AccountService;
import org.cocrea.account.Passwords;
import org.cocrea.shared.Role;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.actor.ActorType;
import org.cocrea.shared.NotFoundException;
import org.cocrea.state.State;
import org.cocrea.state.StateService;
import org.cocrea.web.Messages;

/**
 * /admin/state?id=…: a state for the platform administrator: its data, its actors (organizations)
 * and its accounts, with forms to add actors and accounts and buttons to (de)activate accounts.
 * View scoped so that the selects keep their options (the state's actors) across postbacks.
 */
@Named("adminStatePage")
@ViewScoped
public class StatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<Role> ROLES = List.copyOf(EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN)));

    @Inject
    private StateService states;

    @Inject
    private ActorService actors;

    @Inject
    private AccountService accounts;

    private Long id;
    private State state;
    private List<Actor> actorList;
    private List<Account> accountList;

    private String timeZone;
    private String actorName;
    private ActorType actorType;

    private final Account account = Account.blank();
    private Long actorId;
    private String password;

    /** Called by f:viewAction; a missing state answers 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        state = states.find(id);
        timeZone = state.getTimeZone();
        actorList = actors.ofState(id);
        accountList = accounts.ofState(id);
    }

    public String saveTimeZone() {
        states.changeZone(id, timeZone);
        Messages.saved("admin.state.timeZoneSaved");
        return reload();
    }

    public String addActor() {
        actors.create(id, actorName, actorType);
        Messages.saved("admin.actor.added");
        return reload();
    }

    public String createAccount() {
        accounts.create(account, id, actorId, password);
        Messages.saved("admin.account.created");
        return reload();
    }

    public String activate(long accountId) {
        accounts.setActive(accountId, true);
        Messages.saved("admin.account.activated");
        return reload();
    }

    public String deactivate(long accountId) {
        accounts.setActive(accountId, false);
        Messages.saved("admin.account.deactivated");
        return reload();
    }

    private String reload() {
        return "/admin/state?faces-redirect=true&id=" + id;
    }

    /** What the administrator may give: every role of a state, never platform administrator. */
    public List<Role> getRoles() { return ROLES; }
    public ActorType[] getActorTypes() { return ActorType.values(); }
    public String getPasswordHint() { return Messages.text("admin.account.passwordHint", Passwords.MIN_LENGTH); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public State getState() { return state; }
    public List<Actor> getActors() { return actorList; }
    public List<Account> getAccounts() { return accountList; }
    public String getActorName() { return actorName; }
    public void setActorName(String actorName) { this.actorName = actorName; }
    public ActorType getActorType() { return actorType; }
    public void setActorType(ActorType actorType) { this.actorType = actorType; }
    public Account getAccount() { return account; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
}
