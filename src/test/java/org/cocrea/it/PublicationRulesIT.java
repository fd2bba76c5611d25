package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.util.List;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What "published" means, the same for the public and for reporting (issue 11, items 2 and 3). */
@ExtendWith(ArquillianExtension.class)
class PublicationRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private CommitmentService commitments;
    @Inject private MilestoneService milestones;
    @Inject private ReportService reports;

    private World world;

    @BeforeEach
    void aState() {
        world = scenario.newState();
    }

    @Test
    void aCommitmentPublishedInADraftPlanIsNobodysButTheSecretariats() {
        actAs(world.secretariat());
        scenario.publishCommitment(world.commitmentId()); // the plan stays a draft

        actAsPublic();
        assertThrows(NotFoundException.class, () -> commitments.published(world.commitmentId()));
        actAs(world.csoMember());
        assertThrows(AccessDeniedException.class, () -> milestones.forReporter(world.milestoneId()));
        assertThrows(AccessDeniedException.class, () -> reports.submit(world.milestoneId(), report(), List.of(), List.of()));
        assertThat(milestones.mine()).extracting(m -> m.getId()).doesNotContain(world.milestoneId());
        actAs(world.secretariat());
        assertThat(reports.ofMilestone(world.milestoneId())).isEmpty();
    }

    @Test
    void onceThePlanIsPublishedItsResponsibleActorsReport() {
        scenario.publish(world);
        actAs(world.csoMember());
        assertThat(milestones.mine()).extracting(m -> m.getId()).contains(world.milestoneId());
        reports.submit(world.milestoneId(), report(), List.of(), List.of());
        actAsPublic();
        assertThat(commitments.published(world.commitmentId()).getId()).isEqualTo(world.commitmentId());
    }

    private ProgressReport report() {
        ProgressReport report = ProgressReport.draft(scenario.today(world));
        report.setNarrative("Avance de prueba.");
        report.setPercent(25);
        return report;
    }
}
