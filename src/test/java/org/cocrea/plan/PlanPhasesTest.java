package org.cocrea.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ResourceBundle;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.Test;

class PlanPhasesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static ActionPlan plan() {
        return new ActionPlan(State.blank(), "Plan local 2026-2027", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), TestClock.FIXED);
    }

    private static void tickAll(ActionPlan plan, Phase phase) {
        phase.checklist().forEach(item -> plan.checkItem(phase, item, true, "stl.son", TestClock.FIXED.instant()));
    }

    @Test
    void aNewPlanHasSixPhaseRecordsAndStartsIdentifyingToday() {
        ActionPlan plan = plan();
        assertThat(plan.phasesInOrder()).extracting(PlanPhase::getPhase).containsExactly(Phase.values());
        assertThat(plan.getPhase()).isEqualTo(Phase.IDENTIFICATION);
        assertThat(plan.phaseRecord(Phase.IDENTIFICATION).getStartedOn()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(plan.phaseRecord(Phase.TRAINING).getStartedOn()).isNull();
    }

    @Test
    void theFirstPhaseStartsOnTheDayOfThePlansStateNotOfTheServer() {
        // 06:30 UTC on 16 June: already the 16th in Mexico City (00:30), still the 15th in Hermosillo (23:30)
        Clock clock = Clock.fixed(Instant.parse("2026-06-16T06:30:00Z"), ZoneOffset.ofHours(14));
        State sonora = new State("SON", "Sonora", "STL Sonora");
        sonora.changeZone("America/Hermosillo");
        State veracruz = new State("VER", "Veracruz", "STL Veracruz");

        assertThat(new ActionPlan(sonora, "Plan", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), clock)
                .phaseRecord(Phase.IDENTIFICATION).getStartedOn()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(new ActionPlan(veracruz, "Plan", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), clock)
                .phaseRecord(Phase.IDENTIFICATION).getStartedOn()).isEqualTo(LocalDate.of(2026, 6, 16));
    }

    @Test
    void movingOnWithPendingItemsNeedsAnExplicitYes() {
        ActionPlan plan = plan();
        plan.checkItem(Phase.IDENTIFICATION, "ACTORS_MAPPED", true, "stl.son", TestClock.FIXED.instant());
        assertThatThrownBy(() -> plan.advancePhase(DAY, false))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("plan.phase.pending");
                    assertThat(((DomainException) e).field()).isEqualTo("advance");
                    assertThat(((DomainException) e).arguments()).containsExactly(2);
                });
        assertThat(plan.getPhase()).isEqualTo(Phase.IDENTIFICATION);

        plan.advancePhase(DAY, true);
        assertThat(plan.getPhase()).isEqualTo(Phase.TRAINING);
    }

    @Test
    void movingOnFinishesTheCurrentPhaseAndStartsTheNextOnTheSameDay() {
        ActionPlan plan = plan();
        tickAll(plan, Phase.IDENTIFICATION);
        plan.advancePhase(DAY, false);
        assertThat(plan.phaseRecord(Phase.IDENTIFICATION).getFinishedOn()).isEqualTo(DAY);
        assertThat(plan.phaseRecord(Phase.TRAINING).getStartedOn()).isEqualTo(DAY);
        assertThat(plan.phaseRecord(Phase.TRAINING).getFinishedOn()).isNull();
    }

    @Test
    void thereIsNothingAfterSystematization() {
        ActionPlan plan = plan();
        for (Phase phase : Phase.values()) {
            if (phase.next() != null) {
                plan.advancePhase(DAY, true);
            }
        }
        assertThat(plan.getPhase()).isEqualTo(Phase.SYSTEMATIZATION);
        assertThatThrownBy(() -> plan.advancePhase(DAY, true))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("plan.phase.last");
    }

    @Test
    void checklistItemsRecordWhoTickedThemAndCanBeUnticked() {
        ActionPlan plan = plan();
        plan.checkItem(Phase.TRAINING, "TRAINING_HELD", true, "inst.son", TestClock.FIXED.instant());
        PlanPhase training = plan.phaseRecord(Phase.TRAINING);
        assertThat(training.isDone("TRAINING_HELD")).isTrue();
        assertThat(training.checkOf("TRAINING_HELD")).get().extracting(CheckedItem::getDoneBy).isEqualTo("inst.son");
        assertThat(training.getDoneCount()).isEqualTo(1);
        assertThat(training.pending()).containsExactly("ATTENDANCE_RECORDED", "MATERIALS_SHARED");

        plan.checkItem(Phase.TRAINING, "TRAINING_HELD", false, "inst.son", TestClock.FIXED.instant());
        assertThat(training.isDone("TRAINING_HELD")).isFalse();
        assertThat(plan.auditSnapshot().get("checklist")).asList().isEmpty();
    }

    @Test
    void anItemOfAnotherPhaseIsRefused() {
        ActionPlan plan = plan();
        assertThatThrownBy(() -> plan.checkItem(Phase.TRAINING, "ACTORS_MAPPED", true, "stl.son", TestClock.FIXED.instant()))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void plannedDatesMustBeInOrder() {
        ActionPlan plan = plan();
        plan.schedulePhase(Phase.TRAINING, DAY, DAY.plusMonths(1));
        assertThat(plan.phaseRecord(Phase.TRAINING).getPlannedEnd()).isEqualTo(DAY.plusMonths(1));
        assertThatThrownBy(() -> plan.schedulePhase(Phase.TRAINING, DAY, DAY.minusDays(1)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("plannedEnd");
    }

    @Test
    void everyChecklistItemHasItsTextInBothLanguages() {
        for (String bundle : new String[] {"", "_en"}) {
            ResourceBundle texts = ResourceBundle.getBundle("org.cocrea.web.messages" + bundle,
                    bundle.isEmpty() ? java.util.Locale.ROOT : java.util.Locale.ENGLISH);
            for (Phase phase : Phase.values()) {
                assertThat(phase.checklist()).isNotEmpty();
                phase.checklist().forEach(item -> assertThat(texts.containsKey("phase.check." + item)).as(item + bundle).isTrue());
            }
        }
    }

    @Test
    void anItemTheRecordsProveTicksItselfOnceAndSaysSo() {
        ActionPlan plan = plan();
        assertThat(plan.tickFromRecords(Phase.SYSTEMATIZATION, "LESSONS_RECORDED", TestClock.FIXED.instant())).isTrue();
        PlanPhase six = plan.phaseRecord(Phase.SYSTEMATIZATION);
        assertThat(six.checkOf("LESSONS_RECORDED")).get().satisfies(c -> {
            assertThat(c.isByRecords()).isTrue();
            assertThat(c.getDoneAt()).isEqualTo(TestClock.FIXED.instant());
        });
        // done already: nothing changes, not even a person's tick
        assertThat(plan.tickFromRecords(Phase.SYSTEMATIZATION, "LESSONS_RECORDED", TestClock.FIXED.instant())).isFalse();
        plan.checkItem(Phase.SYSTEMATIZATION, "REPORT_GENERATED", true, "stl.son", TestClock.FIXED.instant());
        assertThat(plan.tickFromRecords(Phase.SYSTEMATIZATION, "REPORT_GENERATED", TestClock.FIXED.instant())).isFalse();
        assertThat(six.checkOf("REPORT_GENERATED")).get().extracting(CheckedItem::getDoneBy).isEqualTo("stl.son");
        assertThat(six.pending()).containsExactly("FINAL_REPORT_PUBLISHED");
        assertThatThrownBy(() -> plan.tickFromRecords(Phase.SYSTEMATIZATION, "NO_SUCH_ITEM", TestClock.FIXED.instant()))
                .isInstanceOf(DomainException.class);
    }
}
