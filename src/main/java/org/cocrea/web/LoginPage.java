package org.cocrea.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import org.cocrea.account.AccountService;
import org.cocrea.account.Passwords;
import org.cocrea.account.SignInAttempts;
import org.cocrea.security.SignInMechanism;
import org.cocrea.security.SignedIn;
import java.io.IOException;
import java.util.Set;

/** The sign-in page (/login). After signing in, people continue where they were going, or go home. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInAttempts attempts;

    @Inject
    private AccountService accounts;

    @Inject
    private Passwords passwords;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String name = accounts.signInName(username); // the account's own name, however it was written
        long minutes = attempts.minutesBlocked(name);
        if (minutes > 0) {
            Messages.error("login.throttled", minutes);
            return;
        }
        // The credentials go to security.SignInMechanism, which checks them against the identity store.
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(false)
                        .credential(new UsernamePasswordCredential(name, password)));
        switch (status) {
            case SUCCESS -> {
                attempts.succeeded(name);
                rememberLanguageOf(name, external);
                boolean mustChange = markIfMustChangePassword(name, external);
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                String asked = SignInMechanism.takePageAfterSignIn(request); // the page that asked for sign-in
                external.redirect(mustChange ? external.getRequestContextPath() + "/account/password"
                        : asked != null ? asked : external.getRequestContextPath() + homeOf(request));
                context.responseComplete();
            }
            default -> {
                if (!accounts.usernameTaken(name)) {
                    passwords.verifyAgainstNobody(password); // as slow as a wrong password
                }
                attempts.failed(name);
                Messages.error("login.failed");
            }
        }
    }

    /** After a reset: marks the session so that PasswordChangeFilter keeps the person on /account/password. */
    private boolean markIfMustChangePassword(String name, ExternalContext external) {
        boolean mustChange = accounts.mustChangePassword(name);
        if (mustChange) {
            external.getSessionMap().put(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
        }
        return mustChange;
    }

    /** The language the account chose, on this device too (the cookie every page reads). */
    private void rememberLanguageOf(String name, ExternalContext external) {
        String language = LocaleSwitch.supported(accounts.languageOf(name));
        if (language != null) {
            LocaleSwitch.remember((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(), language);
        }
    }

    /** Where someone who just signed in starts: the area of its role. */
    private static String homeOf(HttpServletRequest request) {
        Set<String> roles = SignedIn.of(request).map(SignedIn::roles).orElse(Set.of());
        if (roles.contains("PLATFORM_ADMIN")) {
            return "/admin/states";
        }
        if (roles.contains("SECRETARIAT") || roles.contains("INFORMATION_INSTITUTE")) {
            return "/stl/plans";
        }
        if (roles.contains("RESPONSIBLE_ACTOR")) {
            return "/actor/milestones";
        }
        if (roles.contains("EVALUATOR")) {
            return "/evaluation/";
        }
        return "/";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
