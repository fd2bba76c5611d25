package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.actor.ActorType;
import org.cocrea.actor.Gender;
import org.cocrea.actor.Sector;
import org.cocrea.attachment.AttachmentService;
import org.cocrea.file.Upload;
import org.cocrea.worksession.Agreement;
import org.cocrea.worksession.Attendance;
import org.cocrea.worksession.Participant;
import org.cocrea.worksession.WorkSessionKind;
import org.cocrea.worksession.WorkSessionMode;
import org.cocrea.worksession.WorkSessionService;
import org.cocrea.worksession.WorkSessionService.WorkSessionDetail;
import org.cocrea.worksession.WorkSessionService.WorkSessionRow;
import org.cocrea.worksession.WorkSession;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions through the real services: attendance figures, agreements followed up until done,
 * the link to commitments and what the public may learn of it, and every boundary tried from
 * the wrong side (each refusal leaves nothing written).
 */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {

    private static final String MINUTES = "Ana Gómez (ana.gomez@example.org, 662 555 0101) propuso publicar el abasto.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private WorkSessionService sessions;
    @Inject private AttachmentService files;

    private World here;

    @BeforeEach
    void aState() {
        here = scenario.newState();
    }

    @Test
    void attendanceIsCountedBySectorAndGender() {
        actAs(here.secretariat());
        long id = coCreation(here).getId();
        sessions.addAttendance(id, here.government(), "Marta Ruiz", Gender.WOMAN);
        sessions.addAttendance(id, here.government(), "Jorge Paz", Gender.MAN);
        sessions.addAttendance(id, here.cso(), "Ana Gómez", Gender.WOMAN);
        sessions.addAttendance(id, here.cso(), null, null);
        sessions.addAttendance(id, here.academia(), "Pedro Luna", null);
        assertEquals("session.attendance.duplicate", assertThrows(DomainException.class,
                () -> sessions.addAttendance(id, here.cso(), "ana gómez", Gender.WOMAN)).messageKey());

        WorkSessionDetail detail = sessions.forSecretariat(id);
        assertEquals(5, detail.figures().attendances());
        assertEquals(3, detail.figures().organizations());
        assertEquals(2, detail.figures().ofSector(Sector.GOVERNMENT));
        assertEquals(2, detail.figures().ofSector(Sector.CIVIL_SOCIETY));
        assertEquals(1, detail.figures().ofSector(Sector.ACADEMIA));
        assertEquals(2, detail.figures().ofGender(Gender.WOMAN));
        assertEquals(1, detail.figures().ofGender(Gender.MAN));
        assertEquals(2, detail.figures().ofGender(null));
        assertThat(detail.attendance()).extracting(Attendance::getAttendeeName).contains("Ana Gómez", "Pedro Luna");

        long removed = detail.attendance().stream().filter(a -> "Pedro Luna".equals(a.getAttendeeName())).findFirst().orElseThrow().getId();
        sessions.removeAttendance(removed);
        WorkSessionRow row = sessions.ofPlan(here.planId()).stream().filter(r -> r.session().getId() == id).findFirst().orElseThrow();
        assertEquals(4, row.attendances());
        assertThat(sessions.attendedBy(here.cso())).extracting(WorkSession::getId).containsExactly(id);
        assertThat(sessions.attendedBy(here.academia())).isEmpty();
        assertEquals(1L, sessions.sessionsAttendedByActor(here.stateId()).get(here.cso()));
    }

    @Test
    void overdueAgreementsAreFlaggedUntilDone() {
        actAs(here.secretariat());
        long id = coCreation(here).getId();
        LocalDate today = scenario.today(here);
        long late = sessions.addAgreement(id, "Publicar el padrón de proveedores", here.government(), today.minusDays(3), null).getId();
        long onTime = sessions.addAgreement(id, "Revisar la ficha del compromiso", here.cso(), today.plusDays(20),
                here.commitmentId()).getId();

        WorkSessionRow row = sessions.ofPlan(here.planId()).get(0);
        assertEquals(2, row.openAgreements());
        assertEquals(1, row.overdueAgreements());
        List<Agreement> followUp = sessions.agreementsOfPlan(here.planId());
        assertThat(followUp).extracting(Agreement::getId).containsExactly(late, onTime);
        assertTrue(followUp.get(0).isOverdue(today));
        assertThat(sessions.agreementsOfCommitment(here.commitmentId())).extracting(Agreement::getId).containsExactly(onTime);

        sessions.markDone(late, "Publicado en el portal de transparencia");
        assertEquals("agreement.alreadyDone", assertThrows(DomainException.class, () -> sessions.markDone(late, null)).messageKey());
        Agreement done = sessions.agreementsOfPlan(here.planId()).stream().filter(a -> a.getId() == late).findFirst().orElseThrow();
        assertTrue(done.isDone());
        assertFalse(done.isOverdue(today));
        assertEquals(here.secretariat(), done.getDoneBy());
        assertEquals(0, sessions.ofPlan(here.planId()).get(0).overdueAgreements());
        assertThat(sessions.agreementsOfPlan(here.planId())).extracting(Agreement::getId).containsExactly(onTime, late);

        sessions.reopen(late);
        assertEquals(1, sessions.ofPlan(here.planId()).get(0).overdueAgreements());
    }

    @Test
    void thePublicLearnsOnlySafeFactsOfTheSessionsBehindAPublicCommitment() {
        actAs(here.secretariat());
        WorkSession session = coCreation(here);
        long id = session.getId();
        sessions.addAttendance(id, here.cso(), "Ana Gómez", Gender.WOMAN);
        sessions.addAttendance(id, here.government(), "Jorge Paz", Gender.MAN);
        sessions.linkCommitment(id, here.commitmentId());
        assertThat(sessions.ofCommitment(here.commitmentId())).singleElement()
                .satisfies(s -> assertEquals(MINUTES, s.getMinutes()));
        assertThat(sessions.participantsOfCommitment(here.commitmentId())).hasSize(2);

        actAsPublic(); // a draft commitment: nothing at all
        assertThat(sessions.ofCommitment(here.commitmentId())).isEmpty();
        assertThat(sessions.participantsOfCommitment(here.commitmentId())).isEmpty();
        actAs(here.csoMember());
        assertThat(sessions.ofCommitment(here.commitmentId())).isEmpty();

        scenario.publish(here);
        actAsPublic();
        WorkSession facts = sessions.ofCommitment(here.commitmentId()).get(0);
        assertEquals(id, facts.getId());
        assertEquals(WorkSessionKind.CO_CREATION, facts.getKind());
        assertEquals(WorkSessionMode.IN_PERSON, facts.getMode());
        assertEquals(session.getTitle(), facts.getTitle());
        assertEquals(session.getHeldOn(), facts.getHeldOn());
        assertEquals("Abasto y compras de medicamentos", facts.getTopics());
        assertNull(facts.getMinutes());
        assertNull(facts.getAgenda());
        assertNull(facts.getPlace());
        assertThat(facts.getAttendance()).isEmpty();
        List<Participant> participants = sessions.participantsOfCommitment(here.commitmentId());
        assertThat(participants).extracting(Participant::type).containsExactly(ActorType.GOVERNMENT_AGENCY, ActorType.CSO);
        assertThat(participants.toString()).doesNotContain("Ana Gómez").doesNotContain("Jorge Paz");
        assertThrows(AccessDeniedException.class, () -> sessions.agreementsOfCommitment(here.commitmentId()));

        sessions.ofCommitment(here.commitmentId()); // reading changed nothing
        actAs(here.secretariat());
        assertEquals(MINUTES, sessions.forSecretariat(id).session().getMinutes());
        assertThat(sessions.forSecretariat(id).attendance()).hasSize(2);

        sessions.unlinkCommitment(id, here.commitmentId());
        actAsPublic();
        assertThat(sessions.ofCommitment(here.commitmentId())).isEmpty();
    }

    @Test
    void aResponsibleActorCannotRunSessionsOrCloseAgreements() {
        actAs(here.secretariat());
        long id = coCreation(here).getId();
        long agreement = sessions.addAgreement(id, "Entregar la base de datos", here.cso(), scenario.today(here).plusDays(5), null).getId();

        for (String outsider : List.of(here.csoMember(), here.agencyMember(), here.evaluator())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> sessions.create(here.planId(), form("Sesión colada")));
            assertThrows(AccessDeniedException.class, () -> sessions.markDone(agreement, "Ya quedó"));
            assertThrows(AccessDeniedException.class, () -> sessions.addAttendance(id, here.cso(), "Colado", null));
            assertThrows(AccessDeniedException.class, () -> sessions.forSecretariat(id));
            assertThrows(AccessDeniedException.class, () -> sessions.ofPlan(here.planId()));
        }
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> sessions.markDone(agreement, "Ya quedó"));

        actAs(here.institute()); // the information institute acts as the secretariat of its state
        assertThat(sessions.ofPlan(here.planId())).hasSize(1);
        assertFalse(sessions.agreementsOfPlan(here.planId()).get(0).isDone());
        assertThat(sessions.forSecretariat(id).attendance()).isEmpty();
    }

    @Test
    void anotherStatesSecretariatCanNeitherReadNorChangeASession() {
        World there = scenario.newState();
        actAs(here.secretariat());
        WorkSession session = coCreation(here);
        long id = session.getId();
        long attendance = sessions.addAttendance(id, here.cso(), "Ana Gómez", Gender.WOMAN).getId();
        long agreement = sessions.addAgreement(id, "Publicar el padrón", here.government(), scenario.today(here).minusDays(1), null).getId();
        long material = sessions.addMaterialFile(id, new Upload("lista.pdf", TestFiles.pdf("Lista de asistencia"))).getId();
        WorkSession edited = sessions.sessionForSecretariat(id);
        edited.setMinutes("Borrado por otro estado");

        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> sessions.forSecretariat(id));
        assertThrows(AccessDeniedException.class, () -> sessions.sessionForSecretariat(id));
        assertThrows(AccessDeniedException.class, () -> sessions.update(edited));
        assertThrows(AccessDeniedException.class, () -> sessions.addAttendance(id, there.cso(), "Colada", null));
        assertThrows(AccessDeniedException.class, () -> sessions.removeAttendance(attendance));
        assertThrows(AccessDeniedException.class, () -> sessions.addAgreement(id, "Otro", there.government(), scenario.today(here), null));
        assertThrows(AccessDeniedException.class, () -> sessions.markDone(agreement, null));
        assertThrows(AccessDeniedException.class, () -> sessions.reopen(agreement));
        assertThrows(AccessDeniedException.class, () -> sessions.addMaterialLink(id, "https://example.org/colado"));
        assertThrows(AccessDeniedException.class, () -> sessions.materials(id));
        assertThrows(AccessDeniedException.class, () -> sessions.linkCommitment(id, here.commitmentId()));
        assertThrows(AccessDeniedException.class, () -> sessions.ofPlan(here.planId()));
        assertThrows(AccessDeniedException.class, () -> sessions.agreementsOfPlan(here.planId()));
        assertThrows(AccessDeniedException.class, () -> sessions.attendedBy(here.cso()));
        assertThrows(AccessDeniedException.class, () -> sessions.create(here.planId(), form("Sesión colada")));
        assertThrows(NotFoundException.class, () -> files.file(material));
        // nor can it file its own actors or commitments under this state's session, or the other way round
        actAs(here.secretariat());
        assertEquals("session.actor.otherState", assertThrows(DomainException.class,
                () -> sessions.addAttendance(id, there.cso(), "Colada", null)).messageKey());
        assertEquals("session.commitment.otherPlan", assertThrows(DomainException.class,
                () -> sessions.linkCommitment(id, there.commitmentId())).messageKey());
        assertEquals("session.actor.otherState", assertThrows(DomainException.class,
                () -> sessions.addAgreement(id, "Otro", there.government(), scenario.today(here), null)).messageKey());

        WorkSessionDetail detail = sessions.forSecretariat(id);
        assertEquals(MINUTES, detail.session().getMinutes());
        assertThat(detail.attendance()).extracting(Attendance::getAttendeeName).containsExactly("Ana Gómez");
        assertThat(detail.agreements()).singleElement().satisfies(a -> assertFalse(a.isDone()));
        assertThat(detail.materials()).hasSize(1);
        assertThat(detail.commitments()).isEmpty();
        assertThat(files.file(material).content()).isNotEmpty();
        actAs(here.csoMember()); // materials are the secretariat's only
        assertThrows(NotFoundException.class, () -> files.file(material));
    }

    @Test
    void materialsAreCheckedBeforeAnythingIsSaved() {
        actAs(here.secretariat());
        long id = coCreation(here).getId();
        assertEquals("evidence.file.typeRejected", assertThrows(DomainException.class,
                () -> sessions.addMaterialFile(id, new Upload("presentacion.pdf", TestFiles.windowsExecutable()))).messageKey());
        assertEquals("link", assertThrows(DomainException.class,
                () -> sessions.addMaterialLink(id, "javascript:alert(1)")).field());
        assertThat(sessions.materials(id)).isEmpty();
        sessions.addMaterialLink(id, "https://example.org/presentacion");
        assertThat(sessions.forSecretariat(id).materials()).singleElement().satisfies(a -> assertFalse(a.getStored().isFile()));
    }

    @Test
    void aStaleEditIsRefusedAndARemoteSessionNeedsALink() {
        actAs(here.secretariat());
        long id = coCreation(here).getId();
        WorkSession first = sessions.sessionForSecretariat(id);
        WorkSession second = sessions.sessionForSecretariat(id);
        first.setTopics("Primer cambio");
        sessions.update(first);
        second.setTopics("Cambio sobre datos viejos");
        assertEquals("error.concurrentChange", assertThrows(DomainException.class, () -> sessions.update(second)).messageKey());

        WorkSession online = sessions.sessionForSecretariat(id);
        online.setMode(WorkSessionMode.REMOTE);
        DomainException refusal = assertThrows(DomainException.class, () -> sessions.update(online));
        assertEquals("meetingLink", refusal.field());
        online.setLink("https://meet.example.org/cocrea");
        sessions.update(online);
        WorkSession saved = sessions.sessionForSecretariat(id);
        assertEquals("Primer cambio", saved.getTopics());
        assertEquals("https://meet.example.org/cocrea", saved.getLink());
        assertNull(saved.getPlace());
    }

    @Test
    void aMissingCommitmentIsNotFoundOnEverySideAndOriginsComeInDateOrder() {
        World there = scenario.newState();
        actAs(here.secretariat());
        long id = coCreation(here).getId();
        WorkSession earlier = form("Taller previo " + here.code());
        earlier.setHeldOn(LocalDate.of(2025, 3, 2));
        long earlierId = sessions.create(here.planId(), earlier).getId(); // created later, held earlier

        assertThrows(NotFoundException.class, () -> sessions.linkCommitment(id, Long.MAX_VALUE));
        assertThrows(NotFoundException.class, () -> sessions.unlinkCommitment(id, Long.MAX_VALUE));
        assertThrows(NotFoundException.class,
                () -> sessions.addAgreement(id, "Con un compromiso que no existe", here.cso(), scenario.today(here), Long.MAX_VALUE));
        assertThrows(NotFoundException.class, () -> sessions.ofCommitment(Long.MAX_VALUE));
        assertThrows(NotFoundException.class, () -> sessions.participantsOfCommitment(Long.MAX_VALUE));
        DomainException none = assertThrows(DomainException.class, () -> sessions.linkCommitment(id, null));
        assertEquals("commitmentToLink", none.field());
        assertEquals("session.commitment.required", none.messageKey());
        DomainException otherState = assertThrows(DomainException.class, () -> sessions.linkCommitment(id, there.commitmentId()));
        assertEquals("commitmentToLink", otherState.field());
        assertEquals("session.commitment.otherPlan", otherState.messageKey());
        assertThat(sessions.forSecretariat(id).commitments()).isEmpty();
        assertThat(sessions.forSecretariat(id).agreements()).isEmpty();

        sessions.linkCommitment(id, here.commitmentId());
        sessions.linkCommitment(earlierId, here.commitmentId());
        sessions.linkCommitment(earlierId, here.commitmentId()); // twice changes nothing
        assertThat(sessions.ofCommitment(here.commitmentId())).extracting(WorkSession::getId).containsExactly(earlierId, id);

        actAs(there.secretariat()); // another state's secretariat: a draft of elsewhere is nothing to it
        assertThat(sessions.ofCommitment(here.commitmentId())).isEmpty();
        assertThat(sessions.participantsOfCommitment(here.commitmentId())).isEmpty();
        assertThrows(AccessDeniedException.class, () -> sessions.unlinkCommitment(id, here.commitmentId()));
        actAsPublic();
        assertThrows(NotFoundException.class, () -> sessions.ofCommitment(Long.MAX_VALUE));

        scenario.publish(here);
        actAsPublic();
        assertThat(sessions.ofCommitment(here.commitmentId())).extracting(WorkSession::getId).containsExactly(earlierId, id);
        actAs(there.secretariat()); // public now: the public facts, like anybody else
        assertThat(sessions.ofCommitment(here.commitmentId())).extracting(WorkSession::getMinutes).containsOnlyNulls();
    }

    private WorkSession coCreation(World world) {
        return sessions.create(world.planId(), form("Mesa de cocreación " + world.code()));
    }

    private static WorkSession form(String title) {
        WorkSession form = WorkSession.blank();
        form.setKind(WorkSessionKind.CO_CREATION);
        form.setMode(WorkSessionMode.IN_PERSON);
        form.setTitle(title);
        form.setHeldOn(LocalDate.of(2025, 5, 14));
        form.setPlace("Sala de juntas del Instituto");
        form.setAgenda("1. Bienvenida\n2. Problemas priorizados\n3. Acuerdos");
        form.setTopics("Abasto y compras de medicamentos");
        form.setMinutes(MINUTES);
        return form;
    }
}
