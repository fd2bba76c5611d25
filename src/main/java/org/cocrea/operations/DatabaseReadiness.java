package org.cocrea.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answered lately ({@link DatabaseProbe}) and holds the schema of every
 * migration in the WAR: {@code /health/ready} (MicroProfile Health, served by Payara Micro at the
 * server's root). Down while MariaDB is away; up again by itself once it answers.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private DatabaseProbe probe;

    @Override
    public HealthCheckResponse call() {
        DatabaseProbe.Answer answer = probe.last();
        String expected = probe.expectedVersion();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("schemaExpected", String.valueOf(expected));
        if (!probe.isFresh(answer, System.nanoTime())) {
            return response.down().withData("error", "no answer from the database lately").build();
        }
        if (answer.error() != null) {
            return response.down().withData("error", answer.error()).build();
        }
        response.withData("schema", String.valueOf(answer.version()));
        return expected != null && expected.equals(answer.version()) ? response.up().build()
                : response.down().withData("error", "the schema is not at the newest migration").build();
    }
}
