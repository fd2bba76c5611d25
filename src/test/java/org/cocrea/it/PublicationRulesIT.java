package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.cocrea.commitment.BudgetLine;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.milestone.ProgressBoard.Summary;
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
    @Inject private ProgressBoard board;

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

    @Test
    void aRevisionOfAPublishedCommitmentShowsNothingNewUntilItIsPublished() {
        scenario.publish(world);
        actAs(world.secretariat());
        Milestone added = Milestone.blank();
        added.setTitle("Hito agregado en la revisión");
        added.setStartDate(scenario.today(world));
        added.setEndDate(scenario.today(world).plusMonths(2));
        long addedId = milestones.create(world.commitmentId(), added, List.of(world.cso())).getId();
        Milestone existing = milestones.forSecretariat(world.milestoneId());
        existing.setWeight(new BigDecimal("7"));
        milestones.update(existing, List.of(world.cso()));
        commitments.putBudget(world.commitmentId(), 2026, new BigDecimal("5000000.00"), null, null);
        commitments.removeBudget(world.commitmentId(), 2025);
        assertThat(commitments.forSecretariat(world.commitmentId()).isUnderRevision()).isTrue();

        // the public, and a responsible actor, see the published version only
        actAsPublic();
        assertThat(milestones.publishedOfCommitment(world.commitmentId())).extracting(Milestone::getId)
                .containsExactly(world.milestoneId());
        assertThat(milestones.ofCommitment(world.commitmentId())).extracting(Milestone::getId)
                .containsExactly(world.milestoneId());
        assertThat(milestones.publishedOfCommitment(world.commitmentId()).get(0).getWeight()).isEqualByComparingTo("2");
        assertThat(commitments.published(world.commitmentId()).publishedBudget().getLines())
                .extracting(BudgetLine::getFiscalYear).containsExactly(2025);
        Summary publicSummary = board.byCommitment(List.of(world.commitmentId())).get(world.commitmentId());
        assertThat(publicSummary.milestones()).isEqualTo(1);
        actAs(world.csoMember());
        assertThrows(AccessDeniedException.class, () -> milestones.forReporter(addedId));
        assertThat(milestones.mine()).extracting(Milestone::getId).containsExactly(world.milestoneId());

        // follow-up on the published milestone flows at once
        reports.submit(world.milestoneId(), report(), List.of(), List.of());
        actAsPublic();
        assertThat(milestones.publishedOfCommitment(world.commitmentId()).get(0).getStatus()).isEqualTo(MilestoneStatus.IN_PROGRESS);

        // published: the revision becomes what everybody reads
        actAs(world.secretariat());
        scenario.publishCommitment(world.commitmentId());
        actAsPublic();
        assertThat(milestones.publishedOfCommitment(world.commitmentId())).extracting(Milestone::getId)
                .containsExactlyInAnyOrder(world.milestoneId(), addedId);
        assertThat(milestones.publishedOfCommitment(world.commitmentId())).filteredOn(m -> m.getId() == world.milestoneId())
                .singleElement().satisfies(m -> assertThat(m.getWeight()).isEqualByComparingTo("7"));
        assertThat(commitments.published(world.commitmentId()).publishedBudget().getLines())
                .extracting(BudgetLine::getFiscalYear).containsExactly(2026);
        assertThat(board.byCommitment(List.of(world.commitmentId())).get(world.commitmentId()).milestones()).isEqualTo(2);
    }

    private ProgressReport report() {
        ProgressReport report = ProgressReport.draft(scenario.today(world));
        report.setNarrative("Avance de prueba.");
        report.setPercent(25);
        return report;
    }
}
