package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cocrea.support.ActingCaller.actAs;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.milestone.LastUpdate;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.plan.PlanService;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Last updated" of the public commitment, plan and home pages: the latest public event, and nothing that is not public. */
@ExtendWith(ArquillianExtension.class)
class LastUpdateIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private LastUpdate lastUpdate;
    @Inject private CommitmentService commitments;
    @Inject private ReportService reports;
    @Inject private PlanService plans;

    @ArquillianResource
    private URL base;

    @Test
    void isThePublicationOrTheLatestReportOfAPublicCommitmentAndNeverADraft() throws Exception {
        World here = scenario.newState();
        assertThat(lastUpdate.ofCommitment(here.commitmentId())).isNull();
        assertThat(lastUpdate.ofPlan(here.planId())).isNull();

        // published in a plan still in draft: not public yet, and a report the secretariat files there neither
        actAs(here.secretariat());
        scenario.publishCommitment(here.commitmentId());
        report(here, "Avance interno");
        assertThat(lastUpdate.ofCommitment(here.commitmentId())).isNull();
        assertThat(lastUpdate.ofPlan(here.planId())).isNull();

        plans.publish(here.planId());
        ProgressReport latest = report(here, "Publicamos el primer corte");
        Instant reported = latest.getCreatedAt();
        assertThat(lastUpdate.ofCommitment(here.commitmentId())).isCloseTo(reported, within(1, ChronoUnit.MILLIS));
        assertThat(lastUpdate.ofPlan(here.planId())).isCloseTo(reported, within(1, ChronoUnit.MILLIS));
        assertThat(lastUpdate.ofAll()).isAfterOrEqualTo(reported.truncatedTo(ChronoUnit.MILLIS));

        // shown by the one tag on the three public pages
        for (String page : List.of("", "plan?id=" + here.planId(), "commitment?id=" + here.commitmentId())) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.body()).as(page).contains("id=\"lastUpdated\"", "Última actualización:");
        }

        // another state's plan is not this one's: its own publication is its last update
        World there = scenario.newState();
        scenario.publish(there);
        Instant publishedThere = commitments.published(there.commitmentId()).getPublishedAt();
        assertThat(lastUpdate.ofPlan(there.planId())).isCloseTo(publishedThere, within(1, ChronoUnit.MILLIS));
        assertThat(lastUpdate.ofPlan(here.planId())).isCloseTo(reported, within(1, ChronoUnit.MILLIS));
    }

    private ProgressReport report(World world, String narrative) {
        actAs(world.secretariat());
        ProgressReport form = ProgressReport.draft(scenario.today(world));
        form.setNarrative(narrative);
        form.setPercent(10);
        return reports.submit(world.milestoneId(), form, List.of(), List.of("https://datos.example.org/corte.csv"));
    }
}
