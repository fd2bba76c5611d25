package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.audit.AuditEntry;
import org.cocrea.plan.Phase;
import org.cocrea.plan.PlanPhase;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
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

/** The plan's phases as records: checklists, planned dates and the audited move to the next phase. */
@ExtendWith(ArquillianExtension.class)
class PlanPhasesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private PlanService plans;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    private World world;

    @BeforeEach
    void aState() {
        world = scenario.newState();
    }

    @Test
    void aNewPlanHasItsSixPhasesWithIdentificationUnderWay() {
        actAs(world.secretariat());
        List<PlanPhase> phases = plans.phasesOf(world.planId());
        assertThat(phases).extracting(PlanPhase::getPhase).containsExactly(Phase.values());
        assertThat(phases.get(0).getStartedOn()).isNotNull();
        assertThat(phases.get(1).getStartedOn()).isNull();
    }

    @Test
    void movingToTheNextPhaseIsExplicitAndAudited() {
        actAs(world.secretariat());
        assertThrows(DomainException.class, () -> plans.advancePhase(world.planId(), Phase.IDENTIFICATION, false));
        assertThat(plans.forSecretariat(world.planId()).getPhase()).isEqualTo(Phase.IDENTIFICATION);

        Phase.IDENTIFICATION.checklist().forEach(item -> plans.checkItem(world.planId(), Phase.IDENTIFICATION, item, true));
        plans.schedulePhase(world.planId(), Phase.TRAINING, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31));
        plans.advancePhase(world.planId(), Phase.IDENTIFICATION, false);

        List<PlanPhase> phases = plans.phasesOf(world.planId());
        assertThat(plans.forSecretariat(world.planId()).getPhase()).isEqualTo(Phase.TRAINING);
        assertThat(phases.get(0).pending()).isEmpty();
        assertThat(phases.get(0).getFinishedOn()).isNotNull();
        assertThat(phases.get(1).getPlannedEnd()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(auditActions()).contains("CHECK", "SCHEDULE", "PHASE");

        // a second click on the same (now stale) button moves nothing
        assertThrows(DomainException.class, () -> plans.advancePhase(world.planId(), Phase.IDENTIFICATION, true));
        assertThat(plans.forSecretariat(world.planId()).getPhase()).isEqualTo(Phase.TRAINING);
    }

    @Test
    void theInformationInstituteMayMoveThePlanOnDespitePendingItems() {
        actAs(world.institute());
        plans.advancePhase(world.planId(), Phase.IDENTIFICATION, true);
        assertThat(plans.forSecretariat(world.planId()).getPhase()).isEqualTo(Phase.TRAINING);
    }

    @Test
    void nobodyOutsideTheSecretariatMovesOrTicks() {
        World other = scenario.newState();
        for (String outsider : List.of(world.csoMember(), world.agencyMember(), world.evaluator(), other.secretariat())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> plans.advancePhase(world.planId(), Phase.IDENTIFICATION, true));
            assertThrows(AccessDeniedException.class,
                    () -> plans.checkItem(world.planId(), Phase.IDENTIFICATION, "ACTORS_MAPPED", true));
            assertThrows(AccessDeniedException.class,
                    () -> plans.schedulePhase(world.planId(), Phase.TRAINING, LocalDate.of(2025, 1, 1), null));
        }
        actAs(world.secretariat());
        assertThat(plans.forSecretariat(world.planId()).getPhase()).isEqualTo(Phase.IDENTIFICATION);
        assertThat(plans.phasesOf(world.planId()).get(0).getDoneCount()).isZero();
        assertThat(plans.phasesOf(world.planId()).get(1).getPlannedStart()).isNull();
    }

    @Test
    void thePublicSeesThePhasesOfPublishedPlansOnly() {
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> plans.phasesOf(world.planId()));
        scenario.publish(world);
        actAsPublic();
        assertThat(plans.phasesOf(world.planId())).hasSize(6);
        assertThrows(NotFoundException.class, () -> plans.phasesOf(Long.MAX_VALUE));
    }

    private List<String> auditActions() {
        return em.createQuery("select a from AuditEntry a where a.entityType = 'ActionPlan' and a.entityId = :id", AuditEntry.class)
                .setParameter("id", world.planId())
                .getResultStream()
                .map(AuditEntry::getAction)
                .toList();
    }
}
