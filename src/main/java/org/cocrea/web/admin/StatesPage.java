package org.cocrea.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.state.State;
import org.cocrea.state.StateService;
import org.cocrea.web.Messages;

/** /admin/states: the platform administrator lists the states and creates new ones. */
@Named("adminStatesPage")
@RequestScoped
public class StatesPage {

    @Inject
    private StateService states;

    private List<State> list;
    private final State form = State.blank();

    @PostConstruct
    void load() {
        list = states.all();
    }

    /** Creates the state and opens its page, where its actors and accounts are added. */
    public String create() {
        State created = states.create(form);
        Messages.saved("admin.state.created");
        return "/admin/state?faces-redirect=true&id=" + created.getId();
    }

    public List<State> getStates() { return list; }
    public State getForm() { return form; }
}
