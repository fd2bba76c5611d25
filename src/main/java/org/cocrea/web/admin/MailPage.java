package org.cocrea.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.mail.MailMessage;
import org.cocrea.mail.Outbox;
import org.cocrea.web.Messages;

/**
 * /admin/mail: the platform administrator sees the mails that failed, with the error, and sends them
 * again; and, below, "Correo enviado": the latest mails that went out (in demo mode, with no SMTP
 * server, the mails kept instead), each with its text; {@code ?to=} shows only those to one address.
 */
@Named("adminMailPage")
@RequestScoped
public class MailPage {

    static final int SHOWN = 50;

    @Inject
    private Outbox outbox;

    private List<MailMessage> failures;
    private List<MailMessage> sent = List.of();
    private boolean sends;
    private String to;

    @PostConstruct
    void load() {
        failures = outbox.failures(SHOWN);
        sends = outbox.sends();
    }

    /** The sent mail, to the address asked for if any (the view action of a GET). */
    public void loadSent() {
        sent = outbox.sent(SHOWN, to);
    }

    public String retry(long mailId) {
        outbox.retry(mailId);
        Messages.saved("mail.retry.done");
        return "/admin/mail?faces-redirect=true";
    }

    public List<MailMessage> getFailures() { return failures; }
    public List<MailMessage> getSent() { return sent; }
    public boolean isSends() { return sends; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
