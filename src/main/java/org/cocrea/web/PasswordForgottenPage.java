package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.account.PasswordResets;

/**
 * /password-forgotten: anyone types an e-mail address and is told the same whatever it is ("if an
 * account has it, a mail is on its way"): the page never says which addresses have accounts.
 */
@Named("passwordForgottenPage")
@RequestScoped
public class PasswordForgottenPage {

    @Inject
    private PasswordResets resets;

    private String email;
    private boolean sent;

    public void send() {
        resets.request(email);
        sent = true;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isSent() { return sent; }
}
