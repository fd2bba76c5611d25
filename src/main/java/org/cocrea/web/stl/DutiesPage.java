package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.state.State;
import org.cocrea.state.StateService;
import org.cocrea.web.Messages;

/**
 * /stl/duties: the secretariat's rules for approvals and sign-offs in its own state (issue 13):
 * whether a commitment needs a second approver, and whether the institute co-signs verifications.
 */
@Named("stlDutiesPage")
@ViewScoped
public class DutiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StateService states;

    @Inject
    private CurrentCaller currentCaller;

    private State state;
    private boolean secondApprover;
    private boolean instituteCoSigns;

    public void load() {
        currentCaller.get().requireSecretariatOf(currentCaller.get().stateId());
        state = states.find(currentCaller.get().stateId());
        secondApprover = state.isSecondApprover();
        instituteCoSigns = state.isInstituteCoSigns();
    }

    public String save() {
        states.changeSignOffRules(state.getId(), secondApprover, instituteCoSigns);
        Messages.saved("signoffs.rules.saved");
        return "/stl/duties?faces-redirect=true";
    }

    public State getState() { return state; }
    public boolean isSecondApprover() { return secondApprover; }
    public void setSecondApprover(boolean secondApprover) { this.secondApprover = secondApprover; }
    public boolean isInstituteCoSigns() { return instituteCoSigns; }
    public void setInstituteCoSigns(boolean instituteCoSigns) { this.instituteCoSigns = instituteCoSigns; }
}
