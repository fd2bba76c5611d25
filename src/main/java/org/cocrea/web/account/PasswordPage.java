package org.cocrea.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.cocrea.account.Account;
import org.cocrea.account.AccountService;
import org.cocrea.account.Passwords;
import org.cocrea.shared.DomainException;
import org.cocrea.web.Messages;
import org.cocrea.web.PasswordChangeFilter;

/** /account/password: whoever is signed in sees who they are and changes their own password. */
@Named("accountPasswordPage")
@RequestScoped
public class PasswordPage {

    @Inject
    private AccountService accounts;

    private Account account;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    @PostConstruct
    void load() {
        account = accounts.own();
    }

    public String change() {
        if (!Objects.equals(newPassword, repeatPassword)) {
            throw DomainException.onField("repeatPassword", "password.repeatDiffers");
        }
        accounts.changeOwnPassword(currentPassword, newPassword);
        PasswordChangeFilter.changed();
        Messages.saved("password.changed");
        return "/account/password?faces-redirect=true";
    }

    public String getHint() { return Messages.text("password.hint", Passwords.MIN_LENGTH); }

    public Account getAccount() { return account; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
