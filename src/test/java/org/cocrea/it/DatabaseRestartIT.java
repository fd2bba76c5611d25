package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.cocrea.support.Deployments;
import org.cocrea.support.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: MariaDB stopped and started again while the application runs: readiness says so within
 * 10 s each way, and pages are served again without restarting Payara.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseRestartIT {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theApplicationRecoversFromADatabaseRestartByItself() throws Exception {
        assertThat(awaitReadiness(200, WITHIN)).as("ready before").isEqualTo(200);
        TestDatabaseSession.restartDatabase(() -> assertThat(awaitReadiness(503, WITHIN)).as("not ready while down").isEqualTo(503));
        assertThat(awaitReadiness(200, WITHIN)).as("ready again within 10 s").isEqualTo(200);
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base.toString())).header("Cache-Control", "no-cache")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("the home page, rendered from the database again").isEqualTo(200);
        assertThat(home.body()).contains("plan-link");
    }

    /** Polls /health/ready until it answers {@code wanted} or the time is up; returns the last status. */
    private int awaitReadiness(int wanted, Duration within) {
        long until = System.nanoTime() + within.toNanos();
        int status = -1;
        do {
            try {
                status = http.send(HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getHost() + ":"
                        + base.getPort() + "/health/ready")).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                status = -1;
            }
            if (status == wanted) {
                return status;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
        } while (System.nanoTime() < until);
        return status;
    }
}
