package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.cocrea.security.SignInMechanism;

/** Signing out, from the menu of every page. */
@Named
@RequestScoped
public class SignOut {

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignInMechanism.signOut(request);
        request.logout();
        external.invalidateSession();
        return "/index?faces-redirect=true";
    }
}
