package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cocrea.audit.AuditEntry;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.ProgressBoard;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.state.StateService;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each state lives by its own clock: who may change it, and what "today" then means for its records. */
@ExtendWith(ArquillianExtension.class)
class TimeZonesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private StateService states;
    @Inject private MilestoneService milestones;
    @Inject private ReportService reports;
    @Inject private ProgressBoard board;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    private World world;

    @BeforeEach
    void aState() {
        world = scenario.newState();
    }

    @Test
    void theAdministratorGivesAStateItsZoneAndTheChangeIsAudited() {
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        String before = states.find(world.stateId()).getTimeZone();
        String after = before.equals("America/Hermosillo") ? "America/Cancun" : "America/Hermosillo";
        states.changeZone(world.stateId(), after);

        assertEquals(ZoneId.of(after), states.find(world.stateId()).zone());
        AuditEntry entry = em.createQuery("select a from AuditEntry a where a.stateId = :s and a.action = 'UPDATE' "
                        + "and a.entityId = :s order by a.id desc", AuditEntry.class)
                .setParameter("s", world.stateId())
                .setMaxResults(1)
                .getSingleResult();
        assertEquals(TestDatabaseSession.ADMIN_USERNAME, entry.getUsername());
        assertThat(entry.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("timeZone");
            assertThat(c.before()).contains(before);
            assertThat(c.after()).contains(after);
        });
    }

    @Test
    void nobodyButTheAdministratorChangesAZone() {
        String zone = zoneOfWorld();
        for (String someone : List.of(world.secretariat(), world.institute(), world.csoMember(), world.evaluator())) {
            actAs(someone);
            assertThrows(AccessDeniedException.class, () -> states.changeZone(world.stateId(), "America/Tijuana"), someone);
        }
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> states.changeZone(world.stateId(), "America/Tijuana"));
        assertEquals(zone, zoneOfWorld());
    }

    @Test
    void onlyMexicanZonesAreAcceptedAndARefusalChangesNothing() {
        String zone = zoneOfWorld();
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        for (String bad : new String[] {"Europe/Madrid", "UTC", "", "America/Mexico_City\"><script>"}) {
            DomainException refusal = assertThrows(DomainException.class, () -> states.changeZone(world.stateId(), bad));
            assertEquals("state.timeZone.unknown", refusal.messageKey());
            assertEquals("timeZone", refusal.field());
        }
        assertEquals(zone, zoneOfWorld());
    }

    @Test
    void aReportMayCarryTodayInItsStateButNotTheNextDay() {
        scenario.publish(world);
        actAs(world.csoMember());
        LocalDate today = scenario.today(world);

        DomainException refusal = assertThrows(DomainException.class,
                () -> reports.submit(world.milestoneId(), report(today.plusDays(1)), List.of(), List.of()));
        assertEquals("report.date.future", refusal.messageKey());
        reports.submit(world.milestoneId(), report(today), List.of(), List.of());
        assertThat(reports.ofMilestone(world.milestoneId())).extracting(ProgressReport::getReportedOn).containsExactly(today);
    }

    @Test
    void aMilestoneIsOverdueByItsStatesCalendar() {
        actAs(world.secretariat());
        LocalDate today = scenario.today(world);

        endOn(today);
        assertEquals(0, board.byCommitment(List.of(world.commitmentId())).get(world.commitmentId()).overdue());
        endOn(today.minusDays(1));
        assertEquals(1, board.byCommitment(List.of(world.commitmentId())).get(world.commitmentId()).overdue());
    }

    private void endOn(LocalDate day) {
        Milestone milestone = milestones.forSecretariat(world.milestoneId());
        milestone.setEndDate(day);
        milestones.update(milestone, List.of(world.cso()));
    }

    private String zoneOfWorld() {
        return em.createQuery("select s.timeZone from State s where s.id = :id", String.class)
                .setParameter("id", world.stateId())
                .getSingleResult();
    }

    private static ProgressReport report(LocalDate day) {
        ProgressReport report = ProgressReport.draft(day);
        report.setNarrative("Avance fechado en el día del estado.");
        report.setPercent(10);
        return report;
    }
}
