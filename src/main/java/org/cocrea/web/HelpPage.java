package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.help.UserGuide;

/**
 * /help: the user guide in the reader's language; and, for the layout of every page, the address
 * of the guide's chapter about the page being shown (help/anchors.properties).
 */
@Named("helpPage")
@RequestScoped
public class HelpPage {

    @Inject
    private UserGuide guide;

    public String getHtml() {
        return guide.in(language()).html();
    }

    /** The help link of the page being rendered: /help, at the chapter about this page when there is one. */
    public String getLink() {
        FacesContext context = FacesContext.getCurrentInstance();
        String viewId = context.getViewRoot() == null ? "" : context.getViewRoot().getViewId();
        String anchor = guide.anchorFor(viewId, language());
        return context.getExternalContext().getRequestContextPath() + "/help" + (anchor.isEmpty() ? "" : "#" + anchor);
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }
}
