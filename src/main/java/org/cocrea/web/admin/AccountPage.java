package org.cocrea.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.account.AccountService;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Role;
import org.cocrea.state.State;
import org.cocrea.state.StateService;
import org.cocrea.web.Messages;

/**
 * /admin/account?id=…: the administrator edits an account of a state (name, e-mail, role, state,
 * organization, active) or resets its password. View scoped: the organizations follow the chosen
 * state, and a reset's temporary password shows once, in this view.
 */
@Named("adminAccountPage")
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<Role> ROLES = Arrays.stream(Role.values()).filter(Role.PLATFORM_ADMIN::manages).toList();

    @Inject
    private AccountService accounts;

    @Inject
    private StateService states;

    @Inject
    private ActorService actors;

    private Long id;
    private Account account;
    private final Account form = Account.blank();
    private Long stateId;
    private Long actorId;
    private boolean active;
    private List<State> stateList;
    private List<Actor> actorList;
    private String temporaryPassword;

    /** Called by f:viewAction; a missing account answers 404, an administrator's account is not editable here. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        account = accounts.managed(id);
        form.setFullName(account.getFullName());
        form.setEmail(account.getEmail());
        form.setRole(account.getRole());
        stateId = account.getState() == null ? null : account.getState().getId();
        actorId = account.getActor() == null ? null : account.getActor().getId();
        active = account.isActive();
        stateList = states.all();
        stateChanged();
    }

    /** The organizations of the chosen state (none chosen while the state is changing). */
    public void stateChanged() {
        actorList = stateId == null ? List.of() : actors.ofState(stateId);
        if (actorList.stream().noneMatch(a -> a.getId().equals(actorId))) {
            actorId = null;
        }
    }

    public String save() {
        Account saved = accounts.edit(id, form, stateId, actorId, active);
        Messages.saved("accounts.saved");
        return "/admin/state?faces-redirect=true&id=" + saved.getState().getId();
    }

    public void resetPassword() {
        temporaryPassword = accounts.resetPassword(id);
    }

    public List<Role> getRoles() { return ROLES; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Account getAccount() { return account; }
    public Account getForm() { return form; }
    public Long getStateId() { return stateId; }
    public void setStateId(Long stateId) { this.stateId = stateId; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<State> getStates() { return stateList; }
    public List<Actor> getActors() { return actorList; }
    public String getTemporaryPassword() { return temporaryPassword; }
}
