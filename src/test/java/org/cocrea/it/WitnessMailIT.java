package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.shared.DomainException;
import org.cocrea.support.Deployments;
import org.cocrea.support.MailBox;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.TestDatabaseSession;
import org.cocrea.transparency.Witnesses;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16: anyone subscribes an e-mail address as a witness of the transparency log (double
 * opt-in): the confirmation link comes by mail through the outbox, nothing else comes until it is
 * confirmed on /witness, then each new head comes; the link also stops it; a forged link is refused.
 */
@ExtendWith(ArquillianExtension.class)
class WitnessMailIT {

    private static final Pattern LINK = Pattern.compile("/witness\\?t=([A-Za-z0-9_-]+)");
    private static final String HEAD = "Cocrea: new signed head of the transparency log";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private Witnesses witnesses;
    @Inject private HttpServletRequest request;

    @Test
    void aSubscribedAddressReceivesHeadsOnlyOnceConfirmedAndStopsWithItsLink() throws Exception {
        PageClient browser = PageClient.inside(request);
        String address = "testigo-" + UUID.randomUUID().toString().substring(0, 8) + "@periodico.example.mx";
        actAsPublic();
        witnesses.subscribe(address, "en");
        MailBox.Received confirmation = MailBox.awaitMatching(address, m -> m.subject().startsWith("Confirm that you want to witness"));
        Matcher link = LINK.matcher(confirmation.text());
        assertThat(link.find()).as(confirmation.text()).isTrue();
        String token = link.group(1);
        actAsPublic();
        witnesses.subscribe(address, "en"); // again within a day: no second mail

        // a head while unconfirmed: a confirmed witness gets it, this address does not
        String confirmed = "garante-" + UUID.randomUUID().toString().substring(0, 8) + "@instituto.example.mx";
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        long control = witnesses.register(null, confirmed).getId();
        try {
            scenario.publish(scenario.newState());
            MailBox.awaitMatching(confirmed, m -> m.subject().startsWith("Cocrea: nueva cabeza firmada"));
            Thread.sleep(2000);
            assertThat(MailBox.of(address)).hasSize(1);

            // confirmed on the page the link opens: from now on each new head comes
            HttpResponse<String> page = browser.page("witness?t=" + token);
            assertThat(page.statusCode()).isEqualTo(200);
            HttpResponse<String> confirm = browser.submitShown("witness?t=" + token, page.body(), "link", Map.of("token", token, "confirm", ""));
            assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(302);
            scenario.publish(scenario.newState());
            MailBox.Received head = MailBox.awaitMatching(address, m -> m.subject().startsWith(HEAD));
            assertThat(head.text()).contains("\"treeSize\"", "\"rootHash\"", "\"signature\"");

            // a forged link is refused beside its field; the real one stops the mails. The forger opens the
            // page again: the view confirmed above was left by its redirect, and Faces dropped its view map
            // (PrimeFaces' CSP nonce with it), so a post of that old page is refused as input no page sends
            HttpResponse<String> again = browser.page("witness?t=" + token);
            assertThat(again.statusCode()).isEqualTo(200);
            HttpResponse<String> forged = browser.submitShown("witness?t=" + token, again.body(), "link", Map.of("token", token + "x", "confirm", ""));
            assertThat(forged.statusCode()).as(forged.body()).isEqualTo(200);
            assertThat(forged.body()).contains("Este enlace no es válido o ya no está activo.");
            actAsPublic();
            witnesses.stopByToken(token);
            assertThrows(DomainException.class, () -> witnesses.confirm(token));
        } finally {
            actAs(TestDatabaseSession.ADMIN_USERNAME);
            witnesses.stop(control);
        }
    }

    @Test
    void aMalformedAddressIsRefusedBesideItsField() {
        actAsPublic();
        assertThat(assertThrows(DomainException.class, () -> witnesses.subscribe("no es un correo", "es")).field()).isEqualTo("email");
        assertThat(assertThrows(DomainException.class, () -> witnesses.confirm("")).field()).isEqualTo("token");
    }
}
