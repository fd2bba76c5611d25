package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cocrea.file.Upload;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.Finding;
import org.cocrea.social.GroupVisit;
import org.cocrea.social.SocialProgramService;
import org.cocrea.social.VigilanceGroup;
import org.cocrea.social.VigilanceService;
import org.cocrea.social.VigilanceService.PublicGroup;
import org.cocrea.social.VisitCheck;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.cocrea.worksession.GroupTrainings;
import org.cocrea.worksession.WorkSession;
import org.cocrea.worksession.WorkSessionKind;
import org.cocrea.worksession.WorkSessionMode;
import org.cocrea.worksession.WorkSessionService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vigilance groups (contraloría social, issue 15) through the real services and over HTTP: a group,
 * its members, a visit and findings with evidence; what the public reads (never a member or a
 * contact, only published findings of a published program); the boundaries tried from the wrong side.
 */
@ExtendWith(ArquillianExtension.class)
class VigilanceGroupsIT {

    private static final String MEMBER = "Rosa Elena Quiñones Bórquez";
    private static final String CONTACT = "rosa.quinones@correo.example.mx";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private SocialProgramService programs;
    @Inject private VigilanceService vigilance;
    @Inject private GroupTrainings trainings;
    @Inject private WorkSessionService sessions;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @ArquillianResource
    private URL base;

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    private long program(World world) {
        return scenario.newProgram(world, "Apoyo alimentario a familias");
    }

    private VigilanceGroup group(long programId) {
        VigilanceGroup form = VigilanceGroup.blank();
        form.setName("Comité de contraloría social de Cajeme");
        form.setPlace("Ciudad Obregón, Cajeme");
        form.setConstitutedOn(scenario.today(here).minusMonths(2));
        return vigilance.create(programId, form);
    }

    private List<String> auditActions(String type, long id) {
        return em.createQuery("select e.action from AuditEntry e where e.entityType = :t and e.entityId = :id order by e.id", String.class)
                .setParameter("t", type).setParameter("id", id).getResultList();
    }

    @Test
    void aGroupRecordsAVisitWithFindingsAndThePublicReadsOnlyWhatWasPublished() {
        long programId = program(here);
        VigilanceGroup group = group(programId);
        vigilance.addMember(group.getId(), MEMBER, here.cso(), CONTACT);
        vigilance.addMember(group.getId(), "Jesús Valenzuela", null, null);
        LocalDate today = scenario.today(here);
        GroupVisit visit = vigilance.recordVisit(group.getId(), today.minusDays(3), "Centro comunitario Las Palmas", VisitCheck.DELIVERY,
                "Se entregaron 80 de 120 despensas.");
        Finding hidden = vigilance.addFinding(visit.getId(), "Faltan 40 despensas del padrón", true,
                new Upload("acta.pdf", TestFiles.pdf("Acta de visita")), List.of("https://fotos.example.mx/visita-1"));
        Finding shown = vigilance.addFinding(visit.getId(), "La entrega empezó con dos horas de retraso", false, null, List.of());
        vigilance.publishFinding(shown.getId(), true);

        assertThat(vigilance.visits(group.getId()).get(0).findings()).extracting(Finding::getId).containsExactly(hidden.getId(), shown.getId());
        assertThat(vigilance.visits(group.getId()).get(0).evidenceOf(hidden)).hasSize(2);
        assertThat(vigilance.forRiskReview(programId)).extracting(Finding::getId).containsExactly(hidden.getId());
        assertThat(vigilance.forSecretariat(group.getId()).getMembers()).extracting(m -> m.getContact()).contains(CONTACT);

        actAsPublic();
        assertThrows(NotFoundException.class, () -> vigilance.publicOfProgram(programId), "a draft program's groups are not there");
        actAs(here.secretariat());
        programs.publish(programId, true);
        actAsPublic();
        List<PublicGroup> groups = vigilance.publicOfProgram(programId);
        assertThat(groups).hasSize(1);
        PublicGroup read = groups.get(0);
        assertEquals(2, read.members());
        assertEquals(1, read.visits());
        assertThat(read.findings()).extracting(f -> f.description()).containsExactly("La entrega empezó con dos horas de retraso");
        assertThat(read.toString()).doesNotContain(MEMBER, CONTACT);

        assertThat(auditActions("VigilanceGroup", group.getId())).containsExactly("CREATE", "MEMBER_ADD", "MEMBER_ADD");
        assertThat(auditActions("Finding", shown.getId())).containsExactly("CREATE", "PUBLISH");
        String trail = String.join(" ", em.createQuery("select concat(coalesce(e.beforeJson, ''), coalesce(e.afterJson, '')) from AuditEntry e where e.stateId = :s", String.class)
                .setParameter("s", here.stateId()).getResultList());
        assertThat(trail).doesNotContain(CONTACT);
    }

    @Test
    void formsAreCheckedAndARefusedFindingSavesNothing() {
        long programId = program(here);
        LocalDate today = scenario.today(here);
        VigilanceGroup future = VigilanceGroup.blank();
        future.setName("Comité");
        future.setPlace("Hermosillo");
        future.setConstitutedOn(today.plusDays(1));
        assertEquals("constitutedOn", assertThrows(DomainException.class, () -> vigilance.create(programId, future)).field());
        VigilanceGroup noPlace = VigilanceGroup.blank();
        noPlace.setName("Comité");
        assertEquals("place", assertThrows(DomainException.class, () -> vigilance.create(programId, noPlace)).field());

        long groupId = group(programId).getId();
        assertEquals("actor", assertThrows(DomainException.class,
                () -> vigilance.addMember(groupId, "Ana", there.cso(), null)).field(), "an actor of another state");
        assertEquals("fullName", assertThrows(DomainException.class, () -> vigilance.addMember(groupId, " ", null, null)).field());
        assertEquals("visitedOn", assertThrows(DomainException.class,
                () -> vigilance.recordVisit(groupId, today.plusDays(1), "Escuela", VisitCheck.REGISTRY, null)).field());
        assertEquals("checked", assertThrows(DomainException.class,
                () -> vigilance.recordVisit(groupId, today, "Escuela", null, null)).field());
        long visitId = vigilance.recordVisit(groupId, today, "Escuela primaria", VisitCheck.SERVICE_QUALITY, null).getId();
        assertEquals("link", assertThrows(DomainException.class, () -> vigilance.addFinding(visitId, "Hallazgo", false,
                new Upload("foto.pdf", TestFiles.pdf("foto")), List.of("javascript:alert(1)"))).field());
        assertEquals("file", assertThrows(DomainException.class, () -> vigilance.addFinding(visitId, "Hallazgo", false,
                new Upload("foto.pdf", TestFiles.windowsExecutable()), List.of())).field());
        assertThat(vigilance.visits(groupId).get(0).findings()).isEmpty();
    }

    @Test
    void nobodyButTheStatesSecretariatRecordsOrReadsMembers() {
        long programId = program(here);
        long groupId = group(programId).getId();
        long visitId = vigilance.recordVisit(groupId, scenario.today(here), "Mercado municipal", VisitCheck.OTHER, null).getId();
        long findingId = vigilance.addFinding(visitId, "Hallazgo reservado", false, null, List.of()).getId();
        for (String outsider : List.of(there.secretariat(), there.institute(), here.csoMember(), here.agencyMember(), here.evaluator())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> vigilance.create(programId, VigilanceGroup.blank()), outsider);
            assertThrows(AccessDeniedException.class, () -> vigilance.addMember(groupId, "X", null, null), outsider);
            assertThrows(AccessDeniedException.class, () -> vigilance.recordVisit(groupId, scenario.today(here),
                    "X", VisitCheck.OTHER, null), outsider);
            assertThrows(AccessDeniedException.class, () -> vigilance.addFinding(visitId, "X", false, null, List.of()), outsider);
            assertThrows(AccessDeniedException.class, () -> vigilance.publishFinding(findingId, true), outsider);
            assertThrows(NotFoundException.class, () -> vigilance.forSecretariat(groupId), outsider);
            assertThrows(AccessDeniedException.class, () -> vigilance.visits(groupId), outsider);
        }
        actAsPublic();
        assertThrows(NotFoundException.class, () -> vigilance.forSecretariat(groupId));
    }

    @Test
    void thePagesWorkAndThePublicPageNamesNoMember() throws Exception {
        long programId = program(here);
        long groupId = group(programId).getId();
        vigilance.addMember(groupId, MEMBER, null, CONTACT);
        long visitId = vigilance.recordVisit(groupId, scenario.today(here), "Centro de salud", VisitCheck.SERVICE_QUALITY, null).getId();
        PageClient member = new PageClient(base);
        assertEquals(302, member.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        assertEquals(200, member.page("stl/groups?program=" + programId).statusCode());
        assertThat(member.page("stl/group?id=" + groupId).body()).contains(MEMBER, CONTACT, "Centro de salud");
        HttpResponse<String> finding = member.submit("stl/group?id=" + groupId, "findingForm", Map.of("visit_input", String.valueOf(visitId),
                "description", "No hay medicamentos <b>básicos</b>", "addFinding", ""));
        assertEquals(302, finding.statusCode(), finding.body());
        HttpResponse<String> tampered = member.submit("stl/group?id=" + groupId, "findingForm", Map.of("visit_input", "999999999",
                "description", "x", "addFinding", ""));
        assertEquals(200, tampered.statusCode(), "a tampered select is a message, never a 500");
        assertThat(tampered.body()).contains("ui-message-error");

        PageClient outsider = new PageClient(base);
        assertEquals(302, outsider.signIn(there.secretariat(), Scenario.PASSWORD).statusCode());
        assertEquals(404, outsider.page("stl/group?id=" + groupId).statusCode());
        assertEquals(404, outsider.page("stl/groups?program=" + programId).statusCode());

        actAs(here.secretariat());
        programs.publish(programId, true);
        long findingId = vigilance.visits(groupId).get(0).findings().get(0).getId();
        vigilance.publishFinding(findingId, true);
        HttpResponse<String> publicPage = new PageClient(base).page("program?id=" + programId);
        assertEquals(200, publicPage.statusCode());
        assertThat(publicPage.body()).contains("Comité de contraloría social de Cajeme", "No hay medicamentos &lt;b&gt;básicos&lt;/b&gt;",
                "1 integrante", "1 visita").doesNotContain(MEMBER, CONTACT);
    }

    /** A session of the world's plan, as its secretariat records it. */
    private long session(World world, WorkSessionKind kind, String title) {
        actAs(world.secretariat());
        WorkSession form = WorkSession.blank();
        form.setKind(kind);
        form.setMode(WorkSessionMode.IN_PERSON);
        form.setTitle(title);
        form.setHeldOn(scenario.today(world).minusDays(20));
        form.setPlace("Casa de la Cultura de Cajeme");
        return sessions.create(world.planId(), form).getId();
    }

    @Test
    void aGroupsTrainingsAreTheStatesTrainingSessionsRecordedOnceByItsSecretariat() throws Exception {
        long groupId = group(program(here)).getId();
        long training = session(here, WorkSessionKind.TRAINING, "Taller de contraloría social en Cajeme");
        long cocreation = session(here, WorkSessionKind.CO_CREATION, "Mesa de cocreación");
        long elsewhere = session(there, WorkSessionKind.TRAINING, "Taller en otro estado");
        actAs(here.secretariat());
        VigilanceGroup group = vigilance.forSecretariat(groupId);
        assertThat(trainings.offered(group)).extracting(WorkSession::getId).contains(training).doesNotContain(cocreation, elsewhere);

        long recorded = trainings.record(groupId, training).getId();
        assertThat(trainings.of(group)).extracting(t -> t.getSession().getId()).containsExactly(training);
        assertThat(trainings.offered(group)).extracting(WorkSession::getId).doesNotContain(training);
        assertEquals(List.of("TRAINING_ADD"), auditActions("GroupTraining", recorded));
        for (var refused : Map.of(training, "vigilance.training.already", cocreation, "vigilance.training.notTraining",
                elsewhere, "vigilance.training.unknown", 999999999L, "vigilance.training.unknown").entrySet()) {
            DomainException e = assertThrows(DomainException.class, () -> trainings.record(groupId, refused.getKey()));
            assertEquals(refused.getValue(), e.messageKey());
            assertEquals("trainingSession", e.field());
        }
        assertEquals("vigilance.training.required", assertThrows(DomainException.class, () -> trainings.record(groupId, null)).messageKey());
        assertThat(trainings.of(group)).hasSize(1);

        for (String outsider : List.of(there.secretariat(), here.csoMember(), here.evaluator())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> trainings.record(groupId, training), outsider);
            assertThrows(AccessDeniedException.class, () -> trainings.remove(recorded), outsider);
            assertThrows(AccessDeniedException.class, () -> trainings.of(group), outsider);
        }

        PageClient secretariat = new PageClient(base);
        assertEquals(302, secretariat.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        assertThat(secretariat.page("stl/group?id=" + groupId).body()).contains("Taller de contraloría social en Cajeme");
        HttpResponse<String> tampered = secretariat.submit("stl/group?id=" + groupId, "trainingForm",
                Map.of("trainingSession_input", String.valueOf(elsewhere), "addTraining", ""));
        assertEquals(200, tampered.statusCode(), "a tampered select is a message beside the field, never a 500");
        assertThat(tampered.body()).contains("ui-message-error");

        actAs(here.secretariat());
        trainings.remove(recorded);
        assertThat(trainings.of(group)).isEmpty();
        assertEquals(List.of("TRAINING_ADD", "TRAINING_REMOVE"), auditActions("GroupTraining", recorded));
    }
}
