package org.cocrea.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.account.AccountService;
import org.cocrea.shared.Role;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.actor.ActorType;
import org.cocrea.shared.NotFoundException;
import org.cocrea.state.State;
import org.cocrea.state.StateService;
import org.cocrea.web.Messages;
import org.cocrea.web.account.AccountsSection;

/**
 * /admin/state?id=…: a state for the platform administrator: its data, its actors (organizations)
 * and its accounts ({@link AccountsSection}: add, (de)activate, reset, and a link to edit each).
 * View scoped so that the selects keep their options (the state's actors) across postbacks.
 */
@Named("adminStatePage")
@ViewScoped
public class StatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StateService states;

    @Inject
    private ActorService actors;

    @Inject
    private AccountService accounts;

    private Long id;
    private State state;
    private List<Actor> actorList;
    private AccountsSection accountsSection;

    private String timeZone;
    private org.cocrea.state.SupportMode supportMode;
    private String actorName;
    private ActorType actorType;

    /** Called by f:viewAction; a missing state answers 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        state = states.find(id);
        timeZone = state.getTimeZone();
        supportMode = state.getSupportMode();
        actorList = actors.ofState(id);
        accountsSection = new AccountsSection(accounts, id, Role.PLATFORM_ADMIN, actorList, reload());
    }

    public String saveTimeZone() {
        states.changeZone(id, timeZone);
        Messages.saved("admin.state.timeZoneSaved");
        return reload();
    }

    public String saveSupportMode() {
        states.changeSupportMode(id, supportMode);
        Messages.saved("admin.state.supportModeSaved");
        return reload();
    }

    public String addActor() {
        actors.create(id, actorName, actorType);
        Messages.saved("admin.actor.added");
        return reload();
    }

    private String reload() {
        return "/admin/state?faces-redirect=true&id=" + id;
    }

    public ActorType[] getActorTypes() { return ActorType.values(); }
    public org.cocrea.state.SupportMode[] getSupportModes() { return org.cocrea.state.SupportMode.values(); }
    public org.cocrea.state.SupportMode getSupportMode() { return supportMode; }
    public void setSupportMode(org.cocrea.state.SupportMode supportMode) { this.supportMode = supportMode; }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public State getState() { return state; }
    public List<Actor> getActors() { return actorList; }
    public AccountsSection getAccountsSection() { return accountsSection; }
    public String getActorName() { return actorName; }
    public void setActorName(String actorName) { this.actorName = actorName; }
    public ActorType getActorType() { return actorType; }
    public void setActorType(ActorType actorType) { this.actorType = actorType; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
}
