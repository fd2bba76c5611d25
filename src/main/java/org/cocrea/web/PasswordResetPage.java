package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.cocrea.account.PasswordResets;
import org.cocrea.shared.DomainException;

/** /password-reset?t=…: the link of a reset mail; a new password, once, before the link expires. */
@Named("passwordResetPage")
@RequestScoped
public class PasswordResetPage {

    @Inject
    private PasswordResets resets;

    private String token;
    private boolean usable;
    private String newPassword;
    private String repeatPassword;

    public void load() {
        usable = resets.isUsable(token);
    }

    public String reset() {
        if (!Objects.equals(newPassword, repeatPassword)) {
            usable = true;
            throw DomainException.onField("repeatPassword", "password.repeatDiffers");
        }
        resets.reset(token, newPassword);
        Messages.saved("passwordReset.done");
        return "/login?faces-redirect=true";
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isUsable() { return usable; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
