package org.cocrea.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One real SMTP server (GreenMail, with IMAP to read the messages back) for the whole test JVM,
 * started with the test database ({@link TestDatabaseSession}) before Arquillian starts Payara Micro.
 * Payara sends to it ({@code cocrea.mail.host}, {@code cocrea.mail.port}, no TLS); the tests inside
 * the server read each recipient's mailbox over IMAP ({@link MailBox}, {@code cocrea.test.imap.port}).
 * Every address is a mailbox of its own, and every test's addresses are new, so tests never see each
 * other's mail.
 */
public final class TestMailServer {

    /** The key that signs unsubscribe links in the test server. */
    public static final String SIGNING_KEY = "test-signing-key-not-a-secret-0123456789";

    private static GreenMail server;

    private TestMailServer() {
    }

    /** Starts the server and returns the settings the application needs to use it. */
    static synchronized Map<String, String> start() {
        if (server == null) {
            ServerSetup[] setups = ServerSetup.dynamicPort(new ServerSetup[] {
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            GreenMail mail = new GreenMail(setups).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            mail.start();
            server = mail;
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("cocrea.mail.host", "127.0.0.1");
        props.put("cocrea.mail.port", String.valueOf(server.getSmtp().getPort()));
        props.put("cocrea.mail.tls", "none");
        props.put("cocrea.mail.from", "Cocrea <cocrea@prueba.mx>");
        props.put("cocrea.mail.signingKey", SIGNING_KEY);
        props.put("cocrea.mail.poll", "PT2S");
        // the outbox's retries (1, 5, 30 minutes, …) in seconds: MailServerDownIT waits for the retry after the
        // server is back; the first pause leaves it time to restart the server, the later ones cover a late restart
        props.put("cocrea.mail.retryPauses", "PT5S,PT10S,PT20S,PT40S,PT80S");
        props.put("cocrea.test.imap.port", String.valueOf(server.getImap().getPort()));
        return props;
    }

    /** Stops the SMTP server as if it were down (the application's mail waits in its outbox); {@link #restart} brings it back. */
    public static synchronized int[] takeDown() {
        int[] ports = {server.getSmtp().getPort(), server.getImap().getPort()};
        server.stop();
        return ports;
    }

    /** Starts the server again on the same ports, with empty mailboxes. */
    public static synchronized void restart(int[] ports) {
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(ports[0], "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(ports[1], "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        server = mail;
    }

    /** How many mails the server received for an address since it (re)started; for client-side tests. */
    public static synchronized long receivedBy(String address) {
        return java.util.Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
