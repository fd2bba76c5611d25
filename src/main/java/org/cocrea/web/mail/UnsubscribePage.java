package org.cocrea.web.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.MailPreferences;

/**
 * /mail/unsubscribe?t=…: the link at the foot of every mail. No sign-in: the signed token says whose
 * mail and which kind; one click on the button stops it. A forged or changed token is told so, and
 * changes nothing.
 */
@Named("unsubscribePage")
@RequestScoped
public class UnsubscribePage {

    @Inject
    private MailPreferences preferences;

    private String token;
    private MailKind kind;
    private boolean done;
    private boolean submitted;

    public void load() {
        kind = preferences.kindOf(token).orElse(null);
    }

    public void unsubscribe() {
        kind = preferences.unsubscribe(token).orElse(null);
        done = kind != null;
        submitted = true;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public MailKind getKind() { return kind; }
    public boolean isValid() { return kind != null; }
    public boolean isDone() { return done; }
    public boolean isSubmitted() { return submitted; }
}
