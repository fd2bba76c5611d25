package org.cocrea.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.ResponseStateManager;

/**
 * An anonymous view of a public page or an error page is transient (issue 12): Faces saves no view
 * state for it, so a crawler's visit leaves no HTTP session and nothing in the server's memory. The
 * layout's menu form then carries the view state {@code stateless}: for a visitor it holds links
 * only (the sign-out button is rendered for signed-in people, whose views keep their state and
 * their protection against forged posts). No page posts back to a stateless view, so a post that
 * claims the view state {@code stateless} is refused (400): Faces would otherwise rebuild the page
 * and run the posted action without any view state to check. Registered in faces-config.xml.
 */
public class StatelessViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The view state Faces writes into the forms of a transient view. */
    static final String STATELESS = "stateless";

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() && STATELESS.equals(context.getExternalContext().getRequestParameterMap()
                .get(ResponseStateManager.VIEW_STATE_PARAM))) {
            BadParameters.refuse(context);
            return;
        }
        if (context.getViewRoot() == null || context.isPostback() || context.getExternalContext().getUserPrincipal() != null) {
            return;
        }
        String view = context.getViewRoot().getViewId();
        if (PublicPages.isPublic(view) || PublicPages.isStatelessForm(view) || PublicPages.isErrorPage(view)) {
            context.getViewRoot().setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
