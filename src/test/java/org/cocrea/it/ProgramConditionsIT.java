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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cocrea.file.Upload;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.ConditionService;
import org.cocrea.social.ConditionService.Line;
import org.cocrea.social.ProgramCondition;
import org.cocrea.social.SocialProgramService;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestDatabaseSession;
import org.cocrea.support.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conditions checklist of social programs (issue 15) through the real services and over HTTP:
 * the six seeded conditions, the administrator's list, the secretariat's checks with evidence saved
 * together or not at all, audit, and every boundary tried from the wrong side (another state, other
 * roles, the public before and after publication). Conditions are shared by every state: the tests
 * add their own under unique names and never retire the seeded ones.
 */
@ExtendWith(ArquillianExtension.class)
class ProgramConditionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private SocialProgramService programs;
    @Inject private ConditionService conditions;

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

    private long program(World world, String name) {
        return scenario.newProgram(world, name);
    }

    private static Line line(List<Line> lines, String nameEs) {
        return lines.stream().filter(l -> l.condition().getNameEs().equals(nameEs)).findFirst().orElseThrow();
    }

    private long seeded(String nameEs) {
        return em.createQuery("select c.id from ProgramCondition c where c.nameEs = :n", Long.class)
                .setParameter("n", nameEs).getSingleResult();
    }

    private List<String> auditActions(String type, long id) {
        return em.createQuery("select e.action from AuditEntry e where e.entityType = :t and e.entityId = :id order by e.id", String.class)
                .setParameter("t", type).setParameter("id", id).getResultList();
    }

    @Test
    void theSecretariatChecksEachConditionWithEvidenceAndThePublicReadsItOncePublished() {
        long id = program(here, "Pensión para adultos mayores");
        List<Line> fresh = conditions.checklist(id);
        assertThat(fresh).extracting(l -> l.condition().getNameEs()).contains("Reglas de operación publicadas",
                "Padrón de beneficiarios publicado", "Presupuesto publicado", "Mecanismo de quejas y denuncias",
                "Existe una evaluación", "Mecanismo de participación ciudadana");
        assertThat(fresh).noneMatch(Line::checked);
        assertEquals("Published beneficiary registry",
                line(fresh, "Padrón de beneficiarios publicado").condition().name(java.util.Locale.ENGLISH));

        long rules = seeded("Reglas de operación publicadas");
        long registry = seeded("Padrón de beneficiarios publicado");
        conditions.record(id, rules, true, "Publicadas en el periódico oficial",
                new Upload("reglas.pdf", TestFiles.pdf("Reglas de operación")), List.of("https://periodicooficial.example.gob.mx/reglas.pdf"));
        conditions.record(id, registry, false, "El padrón no está publicado", null, List.of());

        List<Line> lines = conditions.checklist(id);
        Line ruleLine = line(lines, "Reglas de operación publicadas");
        assertTrue(ruleLine.met());
        assertEquals(scenario.today(here), ruleLine.check().getCheckedOn(), "today in the state's zone");
        assertEquals(here.secretariat(), ruleLine.check().getCheckedBy());
        assertThat(ruleLine.evidence()).hasSize(2);
        assertFalse(line(lines, "Padrón de beneficiarios publicado").met());
        assertTrue(line(lines, "Padrón de beneficiarios publicado").checked());

        // a new answer replaces the old one and keeps the evidence
        long checkId = ruleLine.check().getId();
        conditions.record(id, rules, false, "Las reglas publicadas son de otro ejercicio", null, List.of());
        Line changed = line(conditions.checklist(id), "Reglas de operación publicadas");
        assertEquals(checkId, changed.check().getId());
        assertFalse(changed.met());
        assertThat(changed.evidence()).hasSize(2);
        assertThat(auditActions("ConditionCheck", checkId)).containsExactly("CREATE", "UPDATE");

        actAsPublic();
        assertThrows(NotFoundException.class, () -> conditions.checklist(id), "a draft program's checklist is not there");
        actAs(here.secretariat());
        programs.publish(id, true);
        actAsPublic();
        Line publicLine = line(conditions.checklist(id), "Reglas de operación publicadas");
        assertFalse(publicLine.met());
        assertThat(publicLine.evidence()).hasSize(2);
        assertTrue(publicLine.check().maySeeAttachments(org.cocrea.shared.Caller.ANONYMOUS), "a published program's evidence is public");
    }

    @Test
    void aRefusedCheckSavesNothingNeitherTheAnswerNorItsEvidence() {
        long id = program(here, "Comedores comunitarios");
        long budget = seeded("Presupuesto publicado");
        DomainException badLink = assertThrows(DomainException.class, () -> conditions.record(id, budget, true, "nota",
                new Upload("presupuesto.pdf", TestFiles.pdf("Presupuesto")), List.of("javascript:alert(1)")));
        assertEquals("link", badLink.field());
        assertFalse(line(conditions.checklist(id), "Presupuesto publicado").checked(), "the answer went with the refused link");
        assertEquals(0L, em.createQuery("select count(a) from Attachment a where a.stateId = :s", Long.class)
                .setParameter("s", here.stateId()).getSingleResult(), "and so did the file");

        assertEquals("met", assertThrows(DomainException.class,
                () -> conditions.record(id, budget, null, null, null, List.of())).field());
        assertEquals("condition", assertThrows(DomainException.class,
                () -> conditions.record(id, null, true, null, null, List.of())).field());
        assertEquals("condition", assertThrows(DomainException.class,
                () -> conditions.record(id, Long.MAX_VALUE, true, null, null, List.of())).field());
        assertEquals("note", assertThrows(DomainException.class,
                () -> conditions.record(id, budget, true, "x".repeat(2001), null, List.of())).field());
        assertEquals("file", assertThrows(DomainException.class, () -> conditions.record(id, budget, true, null,
                new Upload("virus.pdf", TestFiles.windowsExecutable()), List.of())).field());
    }

    @Test
    void nobodyButTheStatesSecretariatChecksAndNobodyButTheAdministratorKeepsTheList() {
        long id = program(here, "Becas de transporte");
        long rules = seeded("Reglas de operación publicadas");
        for (String outsider : List.of(there.secretariat(), there.institute(), here.csoMember(), here.agencyMember(), here.evaluator())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> conditions.record(id, rules, true, null, null, List.of()), outsider);
            assertThrows(NotFoundException.class, () -> conditions.checklist(id), outsider);
            assertThrows(AccessDeniedException.class, () -> conditions.add("Otra", "Other"), outsider);
            assertThrows(AccessDeniedException.class, () -> conditions.setActive(rules, false), outsider);
            assertThrows(AccessDeniedException.class, conditions::all, outsider);
        }
        actAs(here.secretariat());
        assertThrows(AccessDeniedException.class, () -> conditions.add("Otra", "Other"));
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> conditions.record(id, rules, true, null, null, List.of()));
    }

    @Test
    void theAdministratorAddsRenamesAndRetiresConditions() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        assertEquals("nameEn", assertThrows(DomainException.class, () -> conditions.add("Contraloría social " + unique, " ")).field());
        ProgramCondition added = conditions.add("Contraloría social " + unique, "Social oversight " + unique);
        conditions.rename(added.getId(), added.getVersion(), "Contraloría social activa " + unique, "Active social oversight " + unique);
        assertEquals("condition", assertThrows(DomainException.class, () -> conditions.rename(null, 0, "a", "b")).field());

        long id = program(here, "Útiles escolares");
        assertThat(conditions.checklist(id)).extracting(l -> l.condition().getNameEs()).contains("Contraloría social activa " + unique);
        conditions.record(id, added.getId(), true, null, null, List.of());

        actAs(TestDatabaseSession.ADMIN_USERNAME);
        conditions.setActive(added.getId(), false);
        actAs(here.secretariat());
        assertThat(conditions.checklist(id)).extracting(l -> l.condition().getNameEs()).doesNotContain("Contraloría social activa " + unique);
        assertEquals("conditions.retired", assertThrows(DomainException.class,
                () -> conditions.record(id, added.getId(), false, null, null, List.of())).messageKey());
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        assertThat(conditions.all()).extracting(ProgramCondition::getId).contains(added.getId());
        assertThat(auditActions("ProgramCondition", added.getId())).containsExactly("CREATE", "UPDATE", "RETIRE");
    }

    @Test
    void thePagesShowTheChecklistAndRefuseTamperedInput() throws Exception {
        long id = program(here, "Apoyo a jefas de familia");
        long rules = seeded("Reglas de operación publicadas");
        PageClient member = new PageClient(base);
        assertEquals(302, member.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        HttpResponse<String> saved = member.submit("stl/program?id=" + id, "conditionForm", Map.of("condition_input", String.valueOf(rules),
                "met_input", "true", "note", "Publicadas <script>alert(1)</script>", "link", "https://periodicooficial.example.gob.mx/r.pdf",
                "recordCondition", ""));
        assertEquals(302, saved.statusCode(), saved.body());
        assertThat(member.page("stl/program?id=" + id).body()).contains("conditionsTitle", "Sí la cumple",
                "https://periodicooficial.example.gob.mx/r.pdf", "&lt;script&gt;").doesNotContain("<script>alert(1)");

        HttpResponse<String> tampered = member.submit("stl/program?id=" + id, "conditionForm",
                Map.of("condition_input", String.valueOf(Long.MAX_VALUE), "met_input", "true", "recordCondition", ""));
        assertEquals(200, tampered.statusCode(), "a tampered select is a message, never a 500");
        assertThat(tampered.body()).contains("ui-message-error");

        PageClient outsider = new PageClient(base);
        assertEquals(302, outsider.signIn(there.secretariat(), Scenario.PASSWORD).statusCode());
        assertEquals(404, outsider.page("stl/program?id=" + id).statusCode());
        assertEquals(403, outsider.page("admin/conditions").statusCode(), "the list is the administrator's");

        PageClient visitor = new PageClient(base);
        assertEquals(404, visitor.page("program?id=" + id).statusCode());
        actAs(here.secretariat());
        programs.publish(id, true);
        HttpResponse<String> publicPage = visitor.page("program?id=" + id);
        assertEquals(200, publicPage.statusCode());
        assertThat(publicPage.body()).contains("Condiciones institucionales básicas", "Sí la cumple", "Sin verificar",
                "https://periodicooficial.example.gob.mx/r.pdf");
        assertThat(publicPage.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("JSESSIONID");

        PageClient admin = new PageClient(base);
        assertEquals(302, admin.signIn(TestDatabaseSession.ADMIN_USERNAME, TestDatabaseSession.ADMIN_PASSWORD).statusCode());
        HttpResponse<String> adminPage = admin.page("admin/conditions");
        assertEquals(200, adminPage.statusCode());
        assertThat(adminPage.body()).contains("Padrón de beneficiarios publicado", "Published beneficiary registry");
    }
}
