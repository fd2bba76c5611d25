package org.cocrea.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Dates;
import org.cocrea.shared.Role;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.commitment.Commitment;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriorityTest {

    private static final Instant NOW = TestClock.FIXED.instant();

    private State sonora;
    private State durango;
    private ActionPlan plan;
    private ActionPlan otherPlan;
    private Priority priority;
    private Account member;

    @BeforeEach
    void setUp() {
        sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        durango = withId(new State("DGO", "Durango", "STL Durango"), 2L);
        plan = withId(new ActionPlan(sonora, "Plan 2025–2026", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), TestClock.FIXED), 10L);
        otherPlan = withId(new ActionPlan(sonora, "Plan 2027–2028", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), TestClock.FIXED), 11L);
        priority = withId(new Priority(plan, "Abasto de medicamentos", "Faltan medicamentos en los centros de salud."), 100L);
        member = withId(new Account("son.stl", "Ana", "ana@ejemplo.mx", Role.SECRETARIAT, sonora, null, false), 50L);
    }

    @Test
    void takesThePlansState() {
        assertEquals(1L, priority.getStateId());
        assertEquals(1L, priority.auditStateId());
        assertThrows(IllegalStateException.class, () -> priority.placeIn(otherPlan));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void scoresFromOneToFive(int score) {
        assertEquals(score, new PriorityScore(priority, member, score, NOW).getScore());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 6, 10, Integer.MIN_VALUE})
    void refusesScoresOutOfRangeOnTheScoreField(int score) {
        DomainException refusal = assertThrows(DomainException.class, () -> new PriorityScore(priority, member, score, NOW));
        assertEquals("score", refusal.field());
        assertEquals("priorities.score.range", refusal.messageKey());
    }

    @Test
    void refusesAMissingScore() {
        DomainException refusal = assertThrows(DomainException.class, () -> PriorityScore.checked(null));
        assertEquals("score", refusal.field());
    }

    @Test
    void aChangedScoreKeepsTheRuleAndMovesTheDate() {
        PriorityScore score = new PriorityScore(priority, member, 2, NOW);
        assertEquals(NOW, score.getScoredAt());
        score.change(5, NOW.plusSeconds(90));
        assertEquals(5, score.getScore());
        assertEquals(NOW.plusSeconds(90), score.getScoredAt());
        assertThrows(DomainException.class, () -> score.change(6, NOW.plusSeconds(120)));
        assertEquals(5, score.getScore());
        assertEquals(NOW.plusSeconds(90), score.getScoredAt());
    }

    @Test
    void onlyTheSecretariatOfItsStateAttachesAndReadsEvidenceNeverThePublic() {
        assertThat(priority.attachmentOwner()).isEqualTo(AttachmentOwner.PRIORITY);
        assertThat(priority.attachmentsArePublic()).isFalse();
        for (Caller member : List.of(caller(Role.SECRETARIAT, 1L), caller(Role.INFORMATION_INSTITUTE, 1L))) {
            assertThat(priority.mayAttach(member)).isTrue();
            assertThat(priority.maySeeAttachments(member)).isTrue();
        }
        for (Caller other : List.of(caller(Role.SECRETARIAT, 2L), caller(Role.RESPONSIBLE_ACTOR, 1L), caller(Role.EVALUATOR, 1L),
                caller(Role.PLATFORM_ADMIN, null), Caller.ANONYMOUS)) {
            assertThat(priority.mayAttach(other)).isFalse();
            assertThat(priority.maySeeAttachments(other)).isFalse();
        }
    }

    private static Caller caller(Role role, Long stateId) {
        return new Caller(99L, "someone", role, stateId, null, null, Dates.DEFAULT_ZONE);
    }

    @Test
    void theProposerMustBeOfTheSameState() {
        Actor local = withId(new Actor(sonora, "Colectivo Salud", ActorType.CSO), 7L);
        Actor foreign = withId(new Actor(durango, "Observatorio Durango", ActorType.CSO), 8L);
        priority.proposedBy(local);
        assertEquals(local, priority.getProposedBy());
        DomainException refusal = assertThrows(DomainException.class, () -> priority.proposedBy(foreign));
        assertEquals("proposedBy", refusal.field());
        assertEquals(local, priority.getProposedBy());
        priority.proposedBy(null);
        assertThat(priority.getProposedBy()).isNull();
    }

    @Test
    void linksOnlyCommitmentsOfItsPlanAndOnlyOnce() {
        Commitment same = withId(new Commitment(plan, "Tablero de abasto"), 200L);
        Commitment other = withId(new Commitment(otherPlan, "Otro"), 201L);
        assertThat(priority.link(same)).isTrue();
        assertThat(priority.link(same)).isFalse();
        assertThat(priority.getCommitments()).containsExactly(same);
        DomainException refusal = assertThrows(DomainException.class, () -> priority.link(other));
        assertEquals("commitmentId", refusal.field());
        assertEquals("priorities.link.otherPlan", refusal.messageKey());
        assertThat(priority.unlink(same)).isTrue();
        assertThat(priority.getCommitments()).isEmpty();
    }

    @Test
    void thePublicCopyHasNoNoteAndNoLinks() {
        Actor local = withId(new Actor(sonora, "Colectivo Salud", ActorType.CSO), 7L);
        priority.proposedBy(local);
        priority.setProposerNote("Propuesta de Juana Pérez en el foro");
        priority.link(withId(new Commitment(plan, "Borrador"), 200L));
        Priority copy = priority.publicCopy();
        assertEquals(priority.getId(), copy.getId());
        assertEquals(priority.getTitle(), copy.getTitle());
        assertEquals(priority.getDescription(), copy.getDescription());
        assertEquals("Colectivo Salud", copy.proposerLabel());
        assertThat(copy.getProposerNote()).isNull();
        assertThat(copy.getCommitments()).isEmpty();
    }

    @Test
    void thePublicCopyNamesAnOrganizationWithoutItsContactsAndNoPersonAtAll() {
        Actor organization = withId(new Actor(sonora, "Colectivo Salud", ActorType.CSO), 7L);
        organization.setEmail("contacto@colectivo.mx");
        organization.setContactName("Juana Pérez");
        priority.proposedBy(organization);
        Actor shown = priority.publicCopy().getProposedBy();
        assertEquals("Colectivo Salud", shown.getName());
        assertEquals(ActorType.CSO, shown.getType());
        assertThat(shown.getEmail()).isNull();
        assertThat(shown.getContactName()).isNull();

        Actor person = withId(new Actor(sonora, "María Pérez", ActorType.CITIZEN), 8L);
        person.setKind(org.cocrea.actor.ActorKind.PERSON);
        priority.proposedBy(person);
        assertThat(priority.publicCopy().getProposedBy()).isNull();
        assertThat(priority.publicCopy().proposerLabel()).isNull();
    }

    @Test
    void theProposerIsShownByActorElseByNote() {
        assertThat(priority.proposerLabel()).isNull();
        priority.setProposerNote("Foro ciudadano de Hermosillo");
        assertEquals("Foro ciudadano de Hermosillo", priority.proposerLabel());
        priority.proposedBy(withId(new Actor(sonora, "Colectivo Salud", ActorType.CSO), 7L));
        assertEquals("Colectivo Salud", priority.proposerLabel());
    }

    @Test
    void takesOnlyTheEditableFields() {
        Priority edited = Priority.blank();
        edited.setTitle("Nuevo título");
        edited.setDescription("Nueva descripción");
        edited.setProposerNote("Mesa de trabajo");
        priority.takeFrom(edited);
        assertEquals("Nuevo título", priority.getTitle());
        assertEquals("Nueva descripción", priority.getDescription());
        assertEquals("Mesa de trabajo", priority.getProposerNote());
        assertEquals(plan, priority.getPlan());
    }
}
