package org.cocrea.milestone;

import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.cocrea.account.Account;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.commitment.Commitment;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Role;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules of a milestone's activities (issue 13), in the entity. */
class MilestoneActivityTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final Instant NOW = Instant.parse("2025-06-10T17:00:00Z");

    private Milestone milestone;
    private Milestone otherMilestone;
    private Actor agency;
    private Actor actorOfAnotherState;
    private Account reporter;

    @BeforeEach
    void setUp() {
        State sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        State veracruz = withId(new State("VER", "Veracruz", "STL Veracruz"), 2L);
        agency = withId(new Actor(sonora, "Secretaría de Salud", ActorType.GOVERNMENT_AGENCY), 10L);
        actorOfAnotherState = withId(new Actor(veracruz, "Colectivo de Veracruz", ActorType.CSO), 20L);
        ActionPlan plan = withId(new ActionPlan(sonora, "Plan de Acción Local 2025–2026",
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), TestClock.FIXED), 100L);
        Commitment commitment = withId(new Commitment(plan, "Compras de medicamentos abiertas"), 200L);
        commitment.getTemplate().setStartDate(LocalDate.of(2025, 3, 1));
        commitment.getTemplate().setEndDate(LocalDate.of(2026, 6, 30));
        milestone = withId(new Milestone(commitment, "Publicar compras", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30)), 300L);
        otherMilestone = withId(new Milestone(commitment, "Publicar entregas", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30)), 301L);
        reporter = withId(new Account("dep", "Persona dep", "dep@example.org", Role.RESPONSIBLE_ACTOR, sonora, agency, false), 1000L);
    }

    private MilestoneActivity added(String title) {
        MilestoneActivity activity = MilestoneActivity.of(title, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31));
        activity.addTo(milestone, agency, reporter);
        return withId(activity, title.length());
    }

    private ProgressReport report(Milestone target) {
        ProgressReport report = ProgressReport.draft(TODAY);
        report.setNarrative("Avance");
        report.setPercent(40);
        report.submit(target, reporter, TODAY);
        return report;
    }

    private static void refused(String key, String field, Executable change) {
        DomainException refusal = assertThrows(DomainException.class, change);
        assertEquals(key, refusal.messageKey());
        assertEquals(field, refusal.field());
    }

    @Test
    void aNewActivityIsPendingWithItsTitleStrippedAndItsAuthor() {
        MilestoneActivity activity = MilestoneActivity.of("  Licitar el tablero  ", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1));
        activity.addTo(milestone, agency, reporter);
        assertEquals("Licitar el tablero", activity.getTitle());
        assertEquals(ActivityStatus.PENDING, activity.getStatus());
        assertSame(reporter, activity.getCreatedBy());
        assertSame(milestone, activity.getMilestone());
        assertNull(activity.getUpdatedAt());
    }

    @Test
    void theTitleIsRequiredAndBounded() {
        refused("activity.title.required", "activityTitle",
                () -> MilestoneActivity.of("   ", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1)).addTo(milestone, agency, reporter));
        refused("activity.title.tooLong", "activityTitle",
                () -> MilestoneActivity.of("x".repeat(MilestoneActivity.TITLE_MAX + 1), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1))
                        .addTo(milestone, agency, reporter));
        MilestoneActivity longest = MilestoneActivity.of("x".repeat(MilestoneActivity.TITLE_MAX), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1));
        longest.addTo(milestone, agency, reporter);
        assertEquals(MilestoneActivity.TITLE_MAX, longest.getTitle().length());
    }

    @Test
    void datesAreRequiredInOrderAndWithinTheMilestone() {
        refused("activity.dates.required", "activityStart",
                () -> MilestoneActivity.of("Licitar", null, LocalDate.of(2025, 5, 1)).addTo(milestone, agency, reporter));
        refused("activity.dates.required", "activityEnd",
                () -> MilestoneActivity.of("Licitar", LocalDate.of(2025, 5, 1), null).addTo(milestone, agency, reporter));
        refused("activity.dates.endBeforeStart", "activityEnd",
                () -> MilestoneActivity.of("Licitar", LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 1)).addTo(milestone, agency, reporter));
        refused("activity.dates.outsideMilestone", "activityStart",
                () -> MilestoneActivity.of("Licitar", LocalDate.of(2025, 2, 28), LocalDate.of(2025, 5, 1)).addTo(milestone, agency, reporter));
        refused("activity.dates.outsideMilestone", "activityEnd",
                () -> MilestoneActivity.of("Licitar", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 10, 1)).addTo(milestone, agency, reporter));
    }

    @Test
    void theResponsibleIsRequiredAndOfTheMilestonesState() {
        refused("activity.responsible.required", "activityResponsible",
                () -> MilestoneActivity.of("Licitar", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1)).addTo(milestone, null, reporter));
        refused("activity.responsible.otherState", "activityResponsible",
                () -> MilestoneActivity.of("Licitar", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1))
                        .addTo(milestone, actorOfAnotherState, reporter));
    }

    @Test
    void aRefusedEditChangesNothing() {
        MilestoneActivity activity = added("Licitar el tablero");
        MilestoneActivity form = activity.copyForForm();
        form.setTitle("Licitar y contratar");
        form.setEndDate(LocalDate.of(2025, 3, 31));
        refused("activity.dates.endBeforeStart", "activityEnd", () -> activity.change(form, agency, reporter, NOW));
        assertEquals("Licitar el tablero", activity.getTitle());
        assertEquals(LocalDate.of(2025, 5, 31), activity.getEndDate());
        assertNull(activity.getUpdatedBy());

        form.setEndDate(LocalDate.of(2025, 6, 30));
        form.setStatus(ActivityStatus.IN_PROGRESS);
        activity.change(form, agency, reporter, NOW);
        assertEquals("Licitar y contratar", activity.getTitle());
        assertEquals(ActivityStatus.IN_PROGRESS, activity.getStatus());
        assertSame(reporter, activity.getUpdatedBy());
        assertEquals(NOW, activity.getUpdatedAt());
    }

    @Test
    void aDoneActivityIsNotEditedBackSilentlyOnlyReopened() {
        MilestoneActivity activity = added("Licitar el tablero");
        MilestoneActivity done = activity.copyForForm();
        done.setStatus(ActivityStatus.DONE);
        activity.change(done, agency, reporter, NOW);
        assertTrue(activity.getStatus().isDone());

        MilestoneActivity back = activity.copyForForm();
        back.setStatus(ActivityStatus.PENDING);
        refused("activity.done.reopenFirst", "activityStatus", () -> activity.change(back, agency, reporter, NOW));
        MilestoneActivity renamed = activity.copyForForm();
        renamed.setTitle("Otro nombre");
        refused("activity.done.locked", "activityTitle", () -> activity.change(renamed, agency, reporter, NOW));
        assertEquals(ActivityStatus.DONE, activity.getStatus());
        assertEquals("Licitar el tablero", activity.getTitle());

        activity.reopen(reporter, NOW);
        assertEquals(ActivityStatus.IN_PROGRESS, activity.getStatus());
        DomainException twice = assertThrows(DomainException.class, () -> activity.reopen(reporter, NOW));
        assertEquals("activity.reopen.notDone", twice.messageKey());
    }

    @Test
    void aReportOfItsMilestoneTicksItDoneAndKeepsTheLink() {
        MilestoneActivity activity = added("Licitar el tablero");
        ProgressReport report = report(milestone);
        ActivityTick tick = activity.tick(report, reporter, NOW);
        assertEquals(ActivityStatus.DONE, activity.getStatus());
        assertSame(activity, tick.getActivity());
        assertSame(report, tick.getReport());
        assertEquals(NOW, tick.getTickedAt());
        refused("activity.tick.alreadyDone", "activities", () -> activity.tick(report(milestone), reporter, NOW));
    }

    @Test
    void aReportOfAnotherMilestoneDoesNotTickIt() {
        MilestoneActivity activity = added("Licitar el tablero");
        refused("activity.tick.otherMilestone", "activities", () -> activity.tick(report(otherMilestone), reporter, NOW));
        assertEquals(ActivityStatus.PENDING, activity.getStatus());
    }

    @Test
    void theActivitiesOfAVerifiedMilestoneAreClosed() {
        MilestoneActivity activity = added("Licitar el tablero");
        setStatus(milestone, MilestoneStatus.VERIFIED);
        MilestoneActivity form = activity.copyForForm();
        form.setTitle("Otro");
        DomainException refusal = assertThrows(DomainException.class, () -> activity.change(form, agency, reporter, NOW));
        assertEquals("activity.milestoneVerified", refusal.messageKey());
        assertThrows(DomainException.class,
                () -> MilestoneActivity.of("Nueva", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1)).addTo(milestone, agency, reporter));
        assertEquals("Licitar el tablero", activity.getTitle());
    }

    private static void setStatus(Milestone milestone, MilestoneStatus status) {
        try {
            var field = Milestone.class.getDeclaredField("status");
            field.setAccessible(true);
            field.set(milestone, status);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
