package org.cocrea.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cocrea.transparency.Witnesses;

/**
 * /witness (issue 16): anyone registers an e-mail address as a witness of the transparency log; the
 * link mailed to it ({@code /witness?t=…}) confirms it, or stops it later. Not a cached public page:
 * its forms post back (a session starts here, as on /login).
 */
@Named("witnessPage")
@ViewScoped
public class WitnessPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Witnesses witnesses;

    private String token;
    private String email;
    private String language = "es";

    public String subscribe() {
        witnesses.subscribe(email, language);
        Messages.saved("witness.subscribed");
        return "/witness?faces-redirect=true";
    }

    public String confirm() {
        witnesses.confirm(token);
        Messages.saved("witness.confirmed");
        return "/transparency?faces-redirect=true";
    }

    public String stop() {
        witnesses.stopByToken(token);
        Messages.saved("witness.stopped");
        return "/transparency?faces-redirect=true";
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
