package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cocrea.account.AccountService;
import org.cocrea.actor.ActorService;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.web.account.AccountsSection;

/**
 * /stl/accounts: the secretariat's people — the accounts of its own state; it creates,
 * (de)activates and resets those of responsible actors and evaluators ({@code Role#manages}).
 * View scoped so that a reset's temporary password shows once, in this view.
 */
@Named("stlAccountsPage")
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private ActorService actors;

    @Inject
    private CurrentCaller currentCaller;

    private AccountsSection section;

    /** Called by f:viewAction. */
    public void load() {
        Caller caller = currentCaller.get();
        section = new AccountsSection(accounts, caller.stateId(), caller.role(), actors.ofMyState(),
                "/stl/accounts?faces-redirect=true");
    }

    public AccountsSection getSection() { return section; }
}
