package org.cocrea.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Hands one mail to the SMTP server of {@link MailSettings} (Jakarta Mail): plain text and HTML alternatives. */
@ApplicationScoped
public class MailTransport {

    @Inject
    private MailSettings settings;

    /** How an attempt ended: null error = delivered; a permanent error is not worth trying again. */
    record Outcome(String error, boolean permanent) {
        static final Outcome DELIVERED = new Outcome(null, false);

        boolean delivered() {
            return error == null;
        }
    }

    Outcome send(Outgoing mail) {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (mail.unsubscribe() != null) {
                // RFC 8058: mail clients offer their own one-click "unsubscribe" button
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(html);
            message.setContent(alternatives);
            Transport.send(message);
            return Outcome.DELIVERED;
        } catch (AddressException e) {
            return new Outcome("address: " + e.getMessage(), true);
        } catch (SendFailedException e) {
            // the server refused the recipient (5xx): trying again will not help
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            return new Outcome(describe(e), refused);
        } catch (MessagingException | RuntimeException e) {
            return new Outcome(describe(e), false);
        }
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        switch (settings.tls()) {
            case "ssl" -> props.put("mail.smtp.ssl.enable", "true");
            case "none" -> { }
            default -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
            }
        }
        if (settings.user().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.user().get();
            String password = settings.password().orElse("");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(props);
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
