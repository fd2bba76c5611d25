package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The public pages' light path (issue 10, a phone on a slow network): a visitor who is not signed in
 * gets the home, a plan or a commitment ({@link PublicPages#LIGHT}) in plain markup with the site's
 * own stylesheet: the layout leaves out PrimeFaces' menu bar, messages panel and error dialog and the
 * icons, and {@link LightHeadRenderer} leaves out the theme and the locale script. Signed-in people get
 * the full layout on the same pages.
 */
@Named
@RequestScoped
public class LightPath {

    /** Whether this request's view takes the light path (the layout asks). */
    public boolean isOn() {
        return on(FacesContext.getCurrentInstance());
    }

    /** Whether a view takes the light path: an anonymous view of a light public page. */
    static boolean on(FacesContext context) {
        return context != null && context.getViewRoot() != null && context.getExternalContext().getUserPrincipal() == null
                && PublicPages.isLight(context.getViewRoot().getViewId());
    }
}
