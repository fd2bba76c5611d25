package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Map;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.TestDatabaseSession;
import org.cocrea.support.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.cocrea.support.SuiteServer;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The SMTP server goes down and comes back (GreenMail lives in this test JVM, so the test runs on
 * the client side): the mail written meanwhile waits in the outbox, shows on the administrator's page
 * with its error, and goes out once at the next attempt (the suite's retry pauses are seconds, not
 * minutes: {@link TestMailServer}). The mail is a password reset link for the administrator (no other
 * test asks for one).
 */
@ResourceLock(value = SuiteServer.MAIL_SERVER, mode = ResourceAccessMode.READ_WRITE)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailServerDownIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    @Test
    void mailWrittenWhileTheSmtpServerIsDownGoesOutOnceWhenItIsBack() throws Exception {
        String address = TestDatabaseSession.ADMIN_USERNAME + "@localhost";
        PageClient admin = new PageClient(base);
        assertEquals(302, admin.signIn(TestDatabaseSession.ADMIN_USERNAME, TestDatabaseSession.ADMIN_PASSWORD).statusCode());

        int[] ports = TestMailServer.takeDown();
        try {
            new PageClient(base).submit("password-forgotten", "forgotten", Map.of("email", address, "send", ""));
            String page = "";
            for (int i = 0; i < 60 && !page.contains(address); i++) {
                Thread.sleep(500);
                page = admin.page("admin/mail").body();
            }
            assertThat(page).as("the failed attempt is on the administrator's page").contains(address, "Cambiar su contraseña");
        } finally {
            TestMailServer.restart(ports);
        }
        long received = 0;
        for (int i = 0; i < 240 && received == 0; i++) { // the next attempt comes a few seconds after the first
            Thread.sleep(500);
            received = TestMailServer.receivedBy(address);
        }
        assertEquals(1, received, "delivered once the server is back");
        Thread.sleep(4_000); // two polls of the sender: a second copy would come now
        assertEquals(1, TestMailServer.receivedBy(address), "and only once");
        String after = admin.page("admin/mail").body();
        assertThat(after.substring(after.indexOf("failureList"), after.indexOf("sentList"))).as("no longer a failure")
                .doesNotContain(address);
        assertThat(after.substring(after.indexOf("sentList"))).contains(address);
    }
}
