package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.cocrea.account.PasswordResets;
import org.cocrea.mail.Delivery;
import org.cocrea.mail.MailKind;
import org.cocrea.mail.MailPreferences;
import org.cocrea.shared.DomainException;
import org.cocrea.support.Deployments;
import org.cocrea.support.MailBox;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a person does from a mail, over HTTP, without signing in: the one-click unsubscribe (the page's
 * button and the mail client's RFC 8058 POST; a forged token changes nothing) and the password reset
 * (the same answer for any address, single use, expiry, a limit per hour).
 */
@ExtendWith(ArquillianExtension.class)
class MailAccountIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }


    @Inject private Scenario scenario;
    @Inject private MailPreferences preferences;
    @Inject private PasswordResets resets;

    @Resource(lookup = "java:app/jdbc/cocrea")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    private World world;

    @BeforeEach
    void setUp() {
        world = scenario.newState();
    }

    @Test
    void theUnsubscribeLinkStopsThatKindOfMailWithOneClickAndNoSignIn() throws Exception {
        scenario.publish(world);
        String mail = MailBox.await(world.csoMember() + "@ejemplo.mx", 1).get(0).text();
        String path = MailBox.pathOf(mail, "mail/unsubscribe");

        PageClient anybody = new PageClient(base);
        String forged = path.substring(0, path.length() - 3) + (path.endsWith("AAA") ? "BBB" : "AAA");
        assertThat(anybody.page(forged).body()).contains("Este enlace no es válido").doesNotContain("unsubscribe:stop");
        HttpResponse<String> page = anybody.page(path);
        assertEquals(200, page.statusCode());
        assertThat(page.body()).contains("Compromiso publicado", "unsubscribe:stop");
        String token = path.substring(path.indexOf("t=") + 2);
        HttpResponse<String> tampered = anybody.submit(path, "unsubscribe", Map.of("t", token.replace("PUBLISHED", "APPROVED"), "stop", ""));
        assertThat(tampered.body()).contains("Este enlace no es válido").doesNotContain("Listo:");
        actAs(world.csoMember());
        assertEquals(Delivery.AT_ONCE, preferences.mine().get(MailKind.APPROVED), "a tampered hidden token changes nothing");
        HttpResponse<String> done = anybody.submit(path, "unsubscribe", Map.of("t", token, "stop", ""));
        assertEquals(200, done.statusCode());
        assertThat(done.body()).contains("Listo: ya no recibirá por correo");

        actAs(world.csoMember());
        assertEquals(Delivery.NEVER, preferences.mine().get(MailKind.PUBLISHED));
        assertEquals(Delivery.AT_ONCE, preferences.mine().get(MailKind.SIGN_OFF_WAITING), "only that kind");
    }

    @Test
    void aMailClientsOneClickPostUnsubscribesAndAForgedOneIsRefused() throws Exception {
        scenario.publish(world);
        MailBox.Received mail = MailBox.await(world.csoMember() + "@ejemplo.mx", 1).get(0);
        assertEquals("List-Unsubscribe=One-Click", mail.listUnsubscribePost());
        String header = mail.listUnsubscribe();
        String path = MailBox.pathOf(header.replaceAll("[<>]", ""), "mail/one-click");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(base + path.replace("PUBLISHED", "APPROVED")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, forged.statusCode());
        actAs(world.csoMember());
        assertEquals(Delivery.AT_ONCE, preferences.mine().get(MailKind.APPROVED));

        HttpResponse<String> oneClick = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, oneClick.statusCode());
        assertEquals(Delivery.NEVER, preferences.mine().get(MailKind.PUBLISHED));
    }

    @Test
    void aPasswordResetAnswersTheSameForAnyAddressWorksOnceAndExpires() throws Exception {
        String address = world.csoMember() + "@ejemplo.mx";
        PageClient anybody = new PageClient(base);
        HttpResponse<String> known = anybody.submit("password-forgotten", "forgotten", Map.of("email", address, "send", ""));
        HttpResponse<String> unknown = new PageClient(base).submit("password-forgotten", "forgotten",
                Map.of("email", "nadie-" + world.code().toLowerCase() + "@ejemplo.mx", "send", ""));
        assertEquals(200, known.statusCode());
        assertEquals(200, unknown.statusCode());
        assertThat(known.body()).contains("Si una cuenta activa tiene ese correo").doesNotContain(world.csoMember());
        assertEquals(messageOf(known.body()), messageOf(unknown.body()), "the answer does not tell which addresses have accounts");

        MailBox.Received mail = MailBox.await(address, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Cambiar su contraseña de Cocrea");
        assertThat(mail.text()).contains("la cuenta " + world.csoMember(), "30 minutos").doesNotContain("No recibir");
        String path = MailBox.pathOf(mail.text(), "password-reset");
        String token = path.substring(path.indexOf("t=") + 2);

        HttpResponse<String> changed = anybody.submit(path, "reset",
                Map.of("t", token, "newPassword", "Nueva-clave-2026", "repeatPassword", "Nueva-clave-2026", "change", ""));
        assertEquals(302, changed.statusCode(), changed.body());
        assertEquals(302, new PageClient(base).signIn(world.csoMember(), "Nueva-clave-2026").statusCode(), "the new password signs in");
        assertThat(anybody.page(path).body()).contains("Este enlace ya no sirve");
        DomainException again = assertThrows(DomainException.class, () -> resets.reset(token, "Otra-clave-2026x"));
        assertEquals("passwordReset.invalid", again.messageKey());

        // a second link, past its 30 minutes
        resets.request(address);
        String second = MailBox.pathOf(MailBox.await(address, 2).get(1).text(), "password-reset");
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE password_reset SET expires_at = created_at - INTERVAL 1 SECOND "
                     + "WHERE account_id = (SELECT id FROM account WHERE username = ?) AND used_at IS NULL")) {
            u.setString(1, world.csoMember());
            assertEquals(1, u.executeUpdate());
        }
        assertThat(anybody.page(second).body()).contains("Este enlace ya no sirve");

        // at most three requests an hour per account: the fourth sends nothing, and says the same
        resets.request(address);
        resets.request(address);
        Thread.sleep(3_000);
        assertEquals(3, MailBox.await(address, 3).size());
        assertEquals(3, MailBox.of(address).size());
    }

    private static String messageOf(String html) {
        Matcher message = Pattern.compile("id=\"sent\".*?</div>", Pattern.DOTALL).matcher(html);
        return message.find() ? message.group().replaceAll("\\s+", " ") : "";
    }
}
