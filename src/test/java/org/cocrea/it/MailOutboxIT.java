package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.cocrea.account.Recipients;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.MailMessage;
import org.cocrea.mail.MailSender;
import org.cocrea.mail.Outbox;
import org.cocrea.mail.Recipient;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.persistence.ClusterLock;
import org.cocrea.support.Deployments;
import org.cocrea.support.MailBox;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transactional outbox against a real SMTP server (GreenMail, {@code support.TestMailServer}),
 * each mail read back over IMAP: what a committed transaction wrote goes out once, in plain text and
 * HTML with an unsubscribe header; what a rolled-back one wrote never; two senders racing send each
 * mail once; a refused address fails for good, shows on the administrator's page with its error and
 * goes out again when retried there.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private Outbox outbox;
    @Inject private MailSender sender;
    @Inject private Recipients recipients;
    @Inject private ClusterLock lock;

    @Resource private UserTransaction transaction;
    @Resource private ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/cocrea")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    private World world;

    @BeforeEach
    void setUp() {
        world = scenario.newState();
    }

    private String address(String who) {
        return who + "@ejemplo.mx";
    }

    private void enqueue(List<Recipient> to, Object... arguments) throws Exception {
        transaction.begin();
        outbox.enqueue(MailKind.APPROVED, to, world.stateId(), "/stl/commitment?id=" + world.commitmentId(), arguments);
        transaction.commit();
    }

    @Test
    void aCommittedMailGoesOutOnceInPlainTextAndHtmlInTheRecipientsLanguage() throws Exception {
        actAs(world.secretariat());
        enqueue(recipients.secretariatOf(world.stateId()), "Datos <abiertos> & claros", "Estado " + world.code());

        // the acting person is not told about their own action; the other member of the secretariat is
        List<MailBox.Received> mail = MailBox.await(address(world.institute()), 1);
        assertEquals(1, mail.size());
        MailBox.Received received = mail.get(0);
        assertEquals("Compromiso aprobado: Datos <abiertos> & claros", received.subject());
        assertThat(received.text()).contains("Hola, Persona " + world.institute(), "«Datos <abiertos> & claros»",
                "/stl/commitment?id=" + world.commitmentId(), "miembro del secretariado de Estado " + world.code());
        assertThat(received.html()).contains("Datos &lt;abiertos&gt; &amp; claros").doesNotContain("<abiertos>");
        assertThat(received.listUnsubscribe()).startsWith("<http").contains("/mail/one-click?t=").endsWith(">");
        assertEquals("List-Unsubscribe=One-Click", received.listUnsubscribePost(), "RFC 8058: the client may POST at once");
        assertThat(received.text()).contains(received.listUnsubscribe().replaceAll("[<>]", "").replace("one-click", "unsubscribe"));
        assertThat(MailBox.of(address(world.secretariat()))).isEmpty();
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws Exception {
        actAs(world.secretariat());
        Recipient cso = recipients.ofActors(List.of(world.cso())).get(0);
        transaction.begin();
        outbox.enqueue(MailKind.APPROVED, List.of(cso), world.stateId(), null, "Revertido", "x");
        transaction.rollback();
        enqueue(List.of(cso), "Confirmado", "x");
        sender.sendDue();

        List<MailBox.Received> mail = MailBox.await(cso.address(), 1);
        assertThat(mail).extracting(MailBox.Received::subject).containsExactly("Compromiso aprobado: Confirmado");
    }

    @Test
    void twoSendersRacingSendEachMailOnce() throws Exception {
        actAs(world.secretariat());
        Recipient cso = recipients.ofActors(List.of(world.cso())).get(0);
        int count = 30; // more than one batch of a sender
        transaction.begin();
        for (int i = 0; i < count; i++) {
            outbox.enqueue(MailKind.APPROVED, List.of(cso), world.stateId(), null, "Aviso " + i, "x");
        }
        transaction.commit();

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> senders = new ArrayList<>();
        for (String name : List.of("instancia-a", "instancia-b")) {
            senders.add(executor.submit(() -> {
                start.await();
                return sender.sendDue(name);
            }));
        }
        start.countDown();
        for (Future<Integer> running : senders) {
            running.get();
        }
        // the application's own sender races too: whoever claimed a mail sent it, once
        assertEquals(count, MailBox.await(cso.address(), count).size());
        Thread.sleep(3_000); // a second copy would arrive within the sender's poll
        List<MailBox.Received> mail = MailBox.of(cso.address());
        assertThat(mail).extracting(MailBox.Received::subject).doesNotHaveDuplicates().hasSize(count);
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*), MAX(attempts), MIN(status) FROM mail_message WHERE recipient = ?")) {
            q.setString(1, cso.address());
            try (ResultSet r = q.executeQuery()) {
                r.next();
                assertEquals(count, r.getInt(1));
                assertEquals(1, r.getInt(2), "no mail was attempted twice");
                assertEquals("SENT", r.getString(3));
            }
        }
    }

    /** Issue 12: the daily round and the self-audit hold a database lock; another instance skips its turn. */
    @Test
    void aClusterLockHeldByOneConnectionTurnsAwayAnother() {
        String name = "cocrea.test." + world.stateId();
        List<Boolean> whileHeld = new ArrayList<>();
        assertThat(lock.runAlone(name, () -> true, () -> whileHeld.add(lock.runAlone(name, () -> true, () -> { })))).isTrue();
        assertThat(whileHeld).as("a second connection (another instance) while the lock is held").containsExactly(false);
        assertThat(lock.runAlone(name, () -> true, () -> { })).as("released after the work").isTrue();
        assertThat(lock.runAlone(name, () -> false, () -> whileHeld.add(true))).as("held but not due").isFalse();
        assertThat(whileHeld).containsExactly(false);
    }

    @Test
    void aRefusedAddressFailsShowsOnTheAdministratorsPageAndARetryThereSendsItAgain() throws Exception {
        actAs(world.secretariat());
        String bad = "nadie@@" + world.code().toLowerCase() + ".mx";
        enqueue(List.of(new Recipient(null, bad, "Nadie", "es")), "Fallido " + world.code(), "x");
        sender.sendDue();
        MailMessage failed = failureTo(bad);
        assertEquals("FAILED", failed.getStatus().name());
        assertEquals(1, failed.getAttempts(), "an address the server cannot take is not tried again and again");
        assertThrows(AccessDeniedException.class, () -> outbox.retry(failed.getId()), "only the administrator retries");

        // a mail that failed while the SMTP server was down: retried from the page, it goes out
        Recipient cso = recipients.ofActors(List.of(world.cso())).get(0);
        enqueue(List.of(cso), "Servidor caído " + world.code(), "x");
        MailBox.await(cso.address(), 1);
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE mail_message SET status = 'FAILED', attempts = 6, sent_at = NULL, "
                     + "last_error = 'Connection refused' WHERE recipient = ?")) {
            u.setString(1, cso.address());
            assertEquals(1, u.executeUpdate());
        }

        PageClient admin = new PageClient(base);
        admin.signIn(TestDatabaseSession.ADMIN_USERNAME, TestDatabaseSession.ADMIN_PASSWORD);
        HttpResponse<String> page = admin.page("admin/mail");
        assertEquals(200, page.statusCode());
        assertThat(page.body()).contains(bad, "Fallido " + world.code(), "Servidor caído " + world.code(), "Connection refused");
        HttpResponse<String> retried = admin.submit("admin/mail", "failures", Map.of(rowOf(page.body(), cso.address()) + ":retry", ""));
        assertEquals(302, retried.statusCode(), retried.body());

        List<MailBox.Received> mail = MailBox.await(cso.address(), 2);
        assertThat(mail).extracting(MailBox.Received::subject).containsOnly("Compromiso aprobado: Servidor caído " + world.code())
                .hasSize(2);
        assertThat(admin.page("admin/mail").body()).doesNotContain("Connection refused");
    }

    private MailMessage failureTo(String address) {
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        MailMessage found = outbox.failures(200).stream().filter(m -> m.getRecipient().equals(address)).findFirst().orElseThrow();
        actAs(world.secretariat());
        return found;
    }

    /** The id of the failures table's row (inside the form) that shows this recipient. */
    private static String rowOf(String html, String recipient) {
        Matcher row = Pattern.compile("data-ri=\"(\\d+)\"((?:(?!data-ri=).)*)", Pattern.DOTALL).matcher(html);
        while (row.find()) {
            if (row.group(2).contains(recipient) && row.group(2).contains("retry")) {
                return "failureList:" + row.group(1);
            }
        }
        throw new AssertionError("no failure row for " + recipient);
    }
}
