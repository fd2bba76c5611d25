package org.cocrea.worksession;

import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.actor.Gender;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.commitment.Commitment;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Dates;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Role;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkSessionTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 14);

    private State sonora;
    private State veracruz;
    private ActionPlan plan;
    private ActionPlan otherPlan;
    private Actor observatorio;
    private Actor outsider;

    @BeforeEach
    void setUp() {
        sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        veracruz = withId(new State("VER", "Veracruz", "STL Veracruz"), 2L);
        plan = withId(new ActionPlan(sonora, "Plan Sonora", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), TestClock.FIXED), 5L);
        otherPlan = withId(new ActionPlan(sonora, "Plan anterior", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), TestClock.FIXED), 6L);
        observatorio = withId(new Actor(sonora, "Observatorio Ciudadano", ActorType.CSO), 20L);
        outsider = withId(new Actor(veracruz, "Colectivo de Veracruz", ActorType.CSO), 30L);
    }

    private WorkSession inPerson() {
        WorkSession form = WorkSession.blank();
        form.setKind(WorkSessionKind.CO_CREATION);
        form.setMode(WorkSessionMode.IN_PERSON);
        form.setTitle("Mesa de cocreación: medicamentos");
        form.setHeldOn(DAY);
        form.setPlace("Sala del Instituto, Hermosillo");
        form.placeIn(plan);
        return withId(form, 100L);
    }

    @Test
    void onlyTheSecretariatOfItsStateAttachesAndReadsMaterialsNeverThePublic() {
        WorkSession session = inPerson();
        assertEquals(AttachmentOwner.SESSION, session.attachmentOwner());
        assertFalse(session.attachmentsArePublic());
        for (Caller member : List.of(caller(Role.SECRETARIAT, 1L), caller(Role.INFORMATION_INSTITUTE, 1L))) {
            assertTrue(session.mayAttach(member));
            assertTrue(session.maySeeAttachments(member));
        }
        for (Caller other : List.of(caller(Role.SECRETARIAT, 2L), caller(Role.RESPONSIBLE_ACTOR, 1L), caller(Role.EVALUATOR, 1L),
                caller(Role.PLATFORM_ADMIN, null), Caller.ANONYMOUS)) {
            assertFalse(session.mayAttach(other));
            assertFalse(session.maySeeAttachments(other));
        }
    }

    private static Caller caller(Role role, Long stateId) {
        return new Caller(99L, "someone", role, stateId, null, null, Dates.DEFAULT_ZONE);
    }

    private static String refusedField(Executable action) {
        return assertThrows(DomainException.class, action).field();
    }

    private static String refusedKey(Executable action) {
        return assertThrows(DomainException.class, action).messageKey();
    }

    @Test
    void linksOnlyCommitmentsOfItsPlanAndOnlyOnce() {
        WorkSession session = inPerson();
        Commitment same = withId(new Commitment(plan, "Tablero de abasto"), 200L);
        Commitment other = withId(new Commitment(otherPlan, "Otro"), 201L);
        assertTrue(session.link(same));
        assertFalse(session.link(same));
        assertEquals(java.util.Set.of(same), session.getCommitments());
        assertEquals("commitmentToLink", refusedField(() -> session.link(other)));
        assertEquals("session.commitment.otherPlan", refusedKey(() -> session.link(other)));
        assertTrue(session.unlink(same));
        assertFalse(session.unlink(same));
        assertTrue(session.getCommitments().isEmpty());
    }

    @Test
    void anInPersonSessionNeedsAPlace() {
        WorkSession form = WorkSession.blank();
        form.setKind(WorkSessionKind.TRAINING);
        form.setMode(WorkSessionMode.IN_PERSON);
        form.setTitle("Taller de datos abiertos");
        form.setHeldOn(DAY);
        form.setPlace("   ");
        DomainException refusal = assertThrows(DomainException.class, () -> form.placeIn(plan));
        assertEquals("place", refusal.field());
        assertEquals("session.place.required", refusal.messageKey());
        assertNull(form.getPlan());
    }

    @Test
    void aRemoteSessionNeedsALink() {
        WorkSession session = inPerson();
        WorkSession edited = copyOf(session);
        edited.setMode(WorkSessionMode.REMOTE);
        DomainException refusal = assertThrows(DomainException.class, () -> session.takeDetailsFrom(edited));
        assertEquals("meetingLink", refusal.field());
        assertEquals("session.link.required", refusal.messageKey());
        assertEquals(WorkSessionMode.IN_PERSON, session.getMode()); // a refused edit leaves the session as it was
        assertEquals("Sala del Instituto, Hermosillo", session.getPlace());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://archivos.example/acta", "meet.example.org/abc", "https://", "http://exa mple.org"})
    void aRemoteSessionRefusesAnythingButAnHttpLink(String link) {
        WorkSession session = inPerson();
        WorkSession edited = copyOf(session);
        edited.setMode(WorkSessionMode.REMOTE);
        edited.setLink(link);
        DomainException refusal = assertThrows(DomainException.class, () -> session.takeDetailsFrom(edited));
        assertEquals("meetingLink", refusal.field());
        assertEquals("session.link.invalid", refusal.messageKey());
    }

    @Test
    void movingOnlineKeepsTheLinkAndDropsThePlace() {
        WorkSession session = inPerson();
        WorkSession edited = copyOf(session);
        edited.setMode(WorkSessionMode.REMOTE);
        edited.setLink("  https://meet.example.org/cocrea-son  ");
        session.takeDetailsFrom(edited);
        assertEquals("https://meet.example.org/cocrea-son", session.getLink());
        assertNull(session.getPlace());
        assertFalse(session.isInPerson());
    }

    @Test
    void titleKindModeAndDateAreRequired() {
        WorkSession session = inPerson();
        WorkSession noTitle = copyOf(session);
        noTitle.setTitle(" ");
        assertEquals("title", refusedField(() -> session.takeDetailsFrom(noTitle)));
        WorkSession noKind = copyOf(session);
        noKind.setKind(null);
        assertEquals("kind", refusedField(() -> session.takeDetailsFrom(noKind)));
        WorkSession noMode = copyOf(session);
        noMode.setMode(null);
        assertEquals("mode", refusedField(() -> session.takeDetailsFrom(noMode)));
        WorkSession noDate = copyOf(session);
        noDate.setHeldOn(null);
        assertEquals("heldOn", refusedField(() -> session.takeDetailsFrom(noDate)));
        WorkSession longTitle = copyOf(session);
        longTitle.setTitle("x".repeat(301));
        assertEquals("session.text.tooLong", refusedKey(() -> session.takeDetailsFrom(longTitle)));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"title, 300", "place, 300", "agenda, 10000", "topics, 10000", "minutes, 200000"})
    void eachTextHasOneLimitAndItsRefusalNamesTheField(String field, int max) {
        WorkSession session = inPerson();
        WorkSession fits = copyOf(session);
        set(fits, field, "x".repeat(max));
        session.takeDetailsFrom(fits);
        WorkSession tooLong = copyOf(session);
        set(tooLong, field, "x".repeat(max + 1));
        DomainException refusal = assertThrows(DomainException.class, () -> session.takeDetailsFrom(tooLong));
        assertEquals(field, refusal.field());
        assertEquals("session.text.tooLong", refusal.messageKey());
        assertEquals(java.util.List.of(max), java.util.List.of(refusal.arguments()));
        // declared once: by checkDetails, not again by Bean Validation on the entity
        assertTrue(java.util.Arrays.stream(WorkSession.class.getDeclaredFields())
                .noneMatch(f -> f.isAnnotationPresent(jakarta.validation.constraints.Size.class)));
    }

    @Test
    void aMeetingLinkHasOneLimit() {
        String fits = "https://meet.example.org/" + "x".repeat(1000 - 25);
        assertEquals(fits, WorkSession.checkedLink(fits));
        assertEquals("meetingLink", refusedField(() -> WorkSession.checkedLink(fits + "x")));
    }

    @Test
    void anAttendeeNameHasOneLimit() {
        WorkSession session = inPerson();
        session.addAttendance(observatorio, "x".repeat(200), null);
        DomainException refusal = assertThrows(DomainException.class, () -> session.addAttendance(observatorio, "y".repeat(201), null));
        assertEquals("attendeeName", refusal.field());
        assertEquals("session.text.tooLong", refusal.messageKey());
    }

    private static void set(WorkSession session, String field, String value) {
        switch (field) {
            case "title" -> session.setTitle(value);
            case "place" -> session.setPlace(value);
            case "agenda" -> session.setAgenda(value);
            case "topics" -> session.setTopics(value);
            case "minutes" -> session.setMinutes(value);
            default -> throw new IllegalArgumentException(field);
        }
    }

    @Test
    void aSessionTakesItsStateFromItsPlan() {
        assertEquals(1L, inPerson().getStateId());
    }

    @Test
    void theSameOrganizationMayComeWithSeveralPeopleButThePersonOnce() {
        WorkSession session = inPerson();
        session.addAttendance(observatorio, "Ana López", Gender.WOMAN);
        session.addAttendance(observatorio, "Luis Pérez", Gender.MAN);
        session.addAttendance(observatorio, null, null); // the organization, nobody named
        assertEquals(3, session.getAttendance().size());

        DomainException sameName = assertThrows(DomainException.class,
                () -> session.addAttendance(observatorio, "  ana lópez ", Gender.WOMAN));
        assertEquals("attendeeName", sameName.field());
        assertEquals("session.attendance.duplicate", sameName.messageKey());
        assertEquals("session.attendance.duplicate", refusedKey(() -> session.addAttendance(observatorio, " ", null)));
        assertEquals(3, session.getAttendance().size());
    }

    @Test
    void attendanceNeedsAnOrganizationOfTheSessionsState() {
        WorkSession session = inPerson();
        DomainException none = assertThrows(DomainException.class, () -> session.addAttendance(null, "Ana", null));
        assertEquals("attendanceActor", none.field());
        assertEquals("session.attendance.actorRequired", none.messageKey());
        assertEquals("session.actor.otherState", refusedKey(() -> session.addAttendance(outsider, "Ana", null)));
        assertTrue(session.getAttendance().isEmpty());
    }

    @Test
    void attendanceIsRemovedById() {
        WorkSession session = inPerson();
        Attendance ana = withId(session.addAttendance(observatorio, "Ana", Gender.WOMAN), 7L);
        assertFalse(session.removeAttendance(8L));
        assertTrue(session.removeAttendance(ana.getId()));
        assertTrue(session.getAttendance().isEmpty());
    }

    @Test
    void onlyCommitmentsOfTheSamePlanAreLinked() {
        WorkSession session = inPerson();
        Commitment ours = withId(new Commitment(plan, "Medicamentos"), 40L);
        Commitment older = withId(new Commitment(otherPlan, "Obra pública"), 41L);
        assertTrue(session.link(ours));
        assertFalse(session.link(ours));
        DomainException refusal = assertThrows(DomainException.class, () -> session.link(older));
        assertEquals("commitmentToLink", refusal.field());
        assertEquals("session.commitment.otherPlan", refusal.messageKey());
        assertTrue(session.unlink(ours));
        assertTrue(session.getCommitments().isEmpty());
    }

    @Test
    void thePublicFactsCarryNoMinutesPlaceAgendaOrAttendance() {
        WorkSession session = inPerson();
        session.setTopics("Abasto de medicamentos");
        session.setAgenda("1. Bienvenida");
        session.setMinutes("Ana López (ana@example.org) propuso publicar el abasto.");
        session.addAttendance(observatorio, "Ana López", Gender.WOMAN);

        WorkSession facts = session.publicFacts();
        assertEquals(session.getId(), facts.getId());
        assertEquals(WorkSessionKind.CO_CREATION, facts.getKind());
        assertEquals(WorkSessionMode.IN_PERSON, facts.getMode());
        assertEquals(session.getTitle(), facts.getTitle());
        assertEquals(DAY, facts.getHeldOn());
        assertEquals("Abasto de medicamentos", facts.getTopics());
        assertNull(facts.getMinutes());
        assertNull(facts.getAgenda());
        assertNull(facts.getPlace());
        assertNull(facts.getLink());
        assertNull(facts.getPlan());
        assertTrue(facts.getAttendance().isEmpty());
        assertTrue(facts.getCommitments().isEmpty());
    }

    @Test
    void theAuditSnapshotListsWhoCame() {
        WorkSession session = inPerson();
        session.addAttendance(observatorio, "Ana López", Gender.WOMAN);
        assertEquals(java.util.List.of("Observatorio Ciudadano — Ana López (WOMAN)"), session.auditSnapshot().get("attendance"));
    }

    private static WorkSession copyOf(WorkSession session) {
        WorkSession copy = WorkSession.blank();
        copy.setKind(session.getKind());
        copy.setMode(session.getMode());
        copy.setTitle(session.getTitle());
        copy.setHeldOn(session.getHeldOn());
        copy.setPlace(session.getPlace());
        copy.setLink(session.getLink());
        return copy;
    }
}
