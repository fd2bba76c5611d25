package org.cocrea.mail;

import java.util.Locale;
import org.cocrea.shared.BundleText;

/**
 * Renders a mail from the application's bundles in the recipient's language: a greeting, what
 * happened, the link to the page, why the person receives it, and how to stop it. Plain text and HTML
 * say the same; every argument (titles, names typed by users) is escaped in the HTML. Pure: the base
 * address and the unsubscribe link come in.
 */
final class MailTexts {

    static final String BUNDLE = BundleText.BUNDLE;

    private MailTexts() {
    }

    /**
     * @param link        the absolute address of the page the mail is about (null for none)
     * @param unsubscribe the absolute one-click unsubscribe address (null when the kind cannot be switched off)
     */
    static Rendered render(MailKind kind, Recipient to, String link, String unsubscribe, Object... arguments) {
        Locale locale = Locale.forLanguageTag(to.language());
        String subject = text(locale, kind.subjectKey(), arguments);
        String body = text(locale, kind.bodyKey(), arguments);
        return compose(locale, to, subject, body, text(locale, kind.whyKey(), arguments), link, unsubscribe);
    }

    /** A mail whose body is already written (the digest: the day's mails one after the other). */
    static Rendered compose(Locale locale, Recipient to, String subject, String body, String why, String link,
                            String unsubscribe) {
        String greeting = to.name() == null ? text(locale, "mail.greeting.anonymous") : text(locale, "mail.greeting", to.name());
        String open = text(locale, "mail.open");
        String stop = text(locale, "mail.unsubscribe");
        String signature = text(locale, "mail.signature");

        StringBuilder plain = new StringBuilder(greeting).append("\n\n").append(body).append("\n");
        if (link != null) {
            plain.append("\n").append(open).append(' ').append(link).append("\n");
        }
        plain.append("\n-- \n").append(signature).append("\n").append(why).append("\n");
        if (unsubscribe != null) {
            plain.append(stop).append(' ').append(unsubscribe).append("\n");
        }

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(to.language())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(subject)).append("</title></head>")
                .append("<body style=\"font-family: sans-serif; line-height: 1.5; color: #1f2933\">")
                .append("<p>").append(escape(greeting)).append("</p>")
                .append("<p>").append(escape(body).replace("\n", "<br>")).append("</p>");
        if (link != null) {
            html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(open)).append("</a></p>");
        }
        html.append("<hr><p style=\"font-size: 0.85em; color: #52606d\">").append(escape(signature)).append("<br>")
                .append(escape(why));
        if (unsubscribe != null) {
            html.append("<br><a href=\"").append(escape(unsubscribe)).append("\">").append(escape(stop)).append("</a>");
        }
        html.append("</p></body></html>");
        return new Rendered(subject, plain.toString(), html.toString());
    }

    static String text(Locale locale, String key, Object... arguments) {
        return BundleText.of(locale, key, arguments);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
