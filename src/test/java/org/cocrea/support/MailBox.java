package org.cocrea.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a recipient's mailbox of the test SMTP server ({@link TestMailServer}) over IMAP, from inside
 * Payara or from a browser walk in the test JVM (both have {@code cocrea.test.imap.port}): what really
 * went over SMTP, headers and both alternatives.
 */
public final class MailBox {

    /** A received mail, as the tests look at it, with its RFC 8058 headers (null when absent). */
    public record Received(String subject, String text, String html, String listUnsubscribe, String listUnsubscribePost) {
    }

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[^\\s>]+)");

    private MailBox() {
    }

    /**
     * The path and query of the first link in the text that contains {@code part}, without its leading slash: mails
     * link to {@code cocrea.publicUrl}, not to this test server, so a test opens the path on its own server.
     */
    public static String pathOf(String text, String part) {
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            if (link.group(1).contains(part)) {
                return link.group(1).substring(1);
            }
        }
        throw new AssertionError("no link with " + part + " in " + text);
    }

    /** Everything the address has received so far. */
    public static List<Received> of(String address) {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", System.getProperty("cocrea.test.imap.port"));
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect(address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Received> received = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    String[] unsubscribe = message.getHeader("List-Unsubscribe");
                    String[] post = message.getHeader("List-Unsubscribe-Post");
                    received.add(new Received(message.getSubject(), part(message, "text/plain"), part(message, "text/html"),
                            unsubscribe == null ? null : unsubscribe[0], post == null ? null : post[0]));
                }
                inbox.close(false);
                return received;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    /** Waits (up to 60 s) until the address has at least {@code count} mails, and returns them all. */
    public static List<Received> await(String address, int count) {
        long until = System.nanoTime() + 60_000_000_000L;
        List<Received> received = of(address);
        while (received.size() < count && System.nanoTime() < until) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            received = of(address);
        }
        return received;
    }

    private static String part(Message message, String type) throws MessagingException, IOException {
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part.getContent().toString();
                }
            }
            return null;
        }
        return message.isMimeType(type) ? message.getContent().toString() : null;
    }

    /** Waits (up to 60 s) until the address has a mail that matches, and returns it (issue 16: witnesses and alerts). */
    public static Received awaitMatching(String address, java.util.function.Predicate<Received> wanted) {
        long until = System.nanoTime() + 60_000_000_000L;
        while (true) {
            java.util.Optional<Received> found = of(address).stream().filter(wanted).findFirst();
            if (found.isPresent() || System.nanoTime() > until) {
                return found.orElseThrow(() -> new AssertionError("no such mail for " + address + " within 60 s"));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
