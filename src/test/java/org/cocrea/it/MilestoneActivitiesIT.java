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
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.milestone.ActivityStatus;
import org.cocrea.milestone.MilestoneActivity;
import org.cocrea.milestone.MilestoneActivityService;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13: a milestone's activities. Its secretariat and its responsible actor keep them, nobody else;
 * bad input and tampered ids are refused beside their field with nothing half-saved; a progress report
 * ticks them done and keeps the link; the public page and the actor's list say how many are done; every
 * change is audited. Tried through the real services and pages, and from the wrong side.
 */
@ExtendWith(ArquillianExtension.class)
class MilestoneActivitiesIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private MilestoneActivityService activities;
    @Inject private MilestoneService milestones;
    @Inject private ReportService reports;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @ArquillianResource
    private URL base;

    private World here;
    private World there;
    private LocalDate today;

    @BeforeEach
    void twoPublishedStates() {
        here = scenario.newState();
        there = scenario.newState();
        scenario.publish(here);
        scenario.publish(there);
        today = scenario.today(here);
    }

    private MilestoneActivity form(String title) {
        return MilestoneActivity.of(title, today.minusDays(5), today.plusDays(20));
    }

    private List<MilestoneActivity> activitiesOf(World world, long milestoneId) {
        actAs(world.secretariat());
        return activities.ofMilestone(milestoneId);
    }

    private MilestoneActivity activityTitled(World world, String title) {
        return activitiesOf(world, world.milestoneId()).stream().filter(a -> a.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no activity " + title));
    }

    private List<String> audited(World world) {
        return em.createQuery("select concat(e.action, ' by ', e.username) from AuditEntry e where e.entityType = 'MilestoneActivity' "
                        + "and e.commitmentId = :c order by e.id", String.class)
                .setParameter("c", world.commitmentId()).getResultList();
    }

    private int reportsOf(World world) {
        actAs(world.secretariat());
        return reports.ofMilestone(world.milestoneId()).size();
    }

    /** The text of the field (label, input, message) holding the input {@code inputId}: where its message must stand. */
    private static String fieldOf(String html, String inputId) {
        int at = html.indexOf("id=\"" + inputId);
        assertThat(at).as("input " + inputId + " on the page").isPositive();
        int start = html.lastIndexOf("<div class=\"field", at);
        int end = html.indexOf("<div class=\"field", at);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    @Test
    void theSecretariatAndTheResponsibleActorKeepActivitiesAndEveryChangeIsAudited() {
        actAs(here.secretariat());
        long byStl = activities.add(here.milestoneId(), form("  Licitar el tablero  "), here.government()).getId();
        actAs(here.csoMember()); // the CSO is the milestone's responsible actor
        long byCso = activities.add(here.milestoneId(), form("Revisar los datos con la ciudadanía"), here.cso()).getId();

        MilestoneActivity edited = activityTitled(here, "Revisar los datos con la ciudadanía").copyForForm();
        edited.setStatus(ActivityStatus.IN_PROGRESS);
        edited.setEndDate(today.plusDays(40));
        actAs(here.csoMember());
        activities.update(edited, here.cso());
        MilestoneActivity renamed = activityTitled(here, "Licitar el tablero").copyForForm();
        renamed.setTitle("Licitar y contratar el tablero");
        actAs(here.secretariat());
        activities.update(renamed, here.cso());

        assertThat(activitiesOf(here, here.milestoneId())).extracting(MilestoneActivity::getId).containsExactlyInAnyOrder(byStl, byCso);
        MilestoneActivity cso = activityTitled(here, "Revisar los datos con la ciudadanía");
        assertEquals(ActivityStatus.IN_PROGRESS, cso.getStatus());
        assertEquals(today.plusDays(40), cso.getEndDate());
        MilestoneActivity stl = activityTitled(here, "Licitar y contratar el tablero");
        assertEquals(here.cso(), stl.getResponsible().getId());
        assertEquals(ActivityStatus.PENDING, stl.getStatus());
        assertThat(audited(here)).containsExactly("CREATE by " + here.secretariat(), "CREATE by " + here.csoMember(),
                "UPDATE by " + here.csoMember(), "UPDATE by " + here.secretariat());

        // an edit read before another one is refused
        DomainException stale = assertThrows(DomainException.class, () -> activities.update(edited, here.cso()));
        assertEquals("error.concurrentChange", stale.messageKey());

        // done, then set back: only by reopening, on the record
        MilestoneActivity done = activityTitled(here, "Licitar y contratar el tablero").copyForForm();
        done.setStatus(ActivityStatus.DONE);
        activities.update(done, here.cso());
        MilestoneActivity back = activityTitled(here, "Licitar y contratar el tablero").copyForForm();
        back.setStatus(ActivityStatus.PENDING);
        DomainException silently = assertThrows(DomainException.class, () -> activities.update(back, here.cso()));
        assertEquals("activity.done.reopenFirst", silently.messageKey());
        activities.reopen(byStl);
        assertEquals(ActivityStatus.IN_PROGRESS, activityTitled(here, "Licitar y contratar el tablero").getStatus());
        assertThat(audited(here)).endsWith("UPDATE by " + here.secretariat(), "REOPEN by " + here.secretariat());
    }

    @Test
    void fromTheWrongSideNothingChanges() {
        actAs(here.secretariat());
        long id = activities.add(here.milestoneId(), form("Licitar el tablero"), here.government()).getId();
        MilestoneActivity edit = activityTitled(here, "Licitar el tablero").copyForForm();
        edit.setTitle("Cambiado desde fuera");

        for (String outsider : List.of(there.secretariat(), there.csoMember(), here.agencyMember(), here.evaluator())) {
            actAs(outsider); // another state's secretariat and actor; an actor of this state not responsible; an evaluator
            assertThrows(AccessDeniedException.class, () -> activities.add(here.milestoneId(), form("Intrusa"), here.cso()), outsider);
            assertThrows(AccessDeniedException.class, () -> activities.update(edit, here.cso()), outsider);
            assertThrows(AccessDeniedException.class, () -> activities.responsibleChoices(here.milestoneId()), outsider);
        }
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> activities.add(here.milestoneId(), form("Intrusa"), here.cso()));
        assertThrows(AccessDeniedException.class, () -> activities.reopen(id));
        // another state's secretariat does not name one of its actors responsible here, nor here one of theirs
        actAs(here.secretariat());
        DomainException foreign = assertThrows(DomainException.class,
                () -> activities.add(here.milestoneId(), form("Con actor ajeno"), there.cso()));
        assertEquals("activityResponsible", foreign.field());

        assertThat(activitiesOf(here, here.milestoneId())).extracting(MilestoneActivity::getTitle).containsExactly("Licitar el tablero");
        assertThat(audited(here)).containsExactly("CREATE by " + here.secretariat());
    }

    @Test
    void onTheSecretariatsPageBadInputAndTamperedIdsAreRefusedBesideTheirFieldsAndNothingIsSaved() throws Exception {
        PageClient stl = new PageClient(base);
        assertEquals(302, stl.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        String path = "stl/milestone?id=" + here.milestoneId();
        assertThat(stl.page(path).body()).contains("Actividades", "Este hito no tiene actividades.", "activityForm");

        Map<String, String> typed = new LinkedHashMap<>(Map.of("activityTitle", "Licitar el tablero",
                "activityStart_input", today.format(DAY), "activityEnd_input", today.minusDays(1).format(DAY),
                "activityResponsible_input", String.valueOf(here.cso()), "activityStatus_input", "PENDING", "saveActivity", ""));
        HttpResponse<String> backwards = stl.submit(path, "activityForm", typed);
        assertEquals(200, backwards.statusCode());
        assertThat(fieldOf(backwards.body(), "activityForm:activityEnd")).contains("La actividad no puede terminar antes de empezar.");
        assertThat(backwards.body()).doesNotContain("\tat ", "Caused by", "java.lang.");

        typed.put("activityEnd_input", today.plusDays(10).format(DAY));
        typed.put("activityResponsible_input", String.valueOf(there.cso())); // an actor of another state: not in the list
        HttpResponse<String> foreign = stl.submit(path, "activityForm", typed);
        assertEquals(200, foreign.statusCode());
        assertThat(fieldOf(foreign.body(), "activityForm:activityResponsible")).containsAnyOf("elija una de las opciones de la lista",
                "este dato es obligatorio"); // a value not offered: refused by the list, or dropped and then missing

        typed.put("activityResponsible_input", "uno");
        HttpResponse<String> nonNumeric = stl.submit(path, "activityForm", typed);
        assertThat(nonNumeric.statusCode()).isIn(200, 400);
        assertThat(nonNumeric.body()).doesNotContain("\tat ", "Caused by", "java.lang.");

        typed.put("activityTitle", "  ");
        typed.put("activityResponsible_input", String.valueOf(here.cso()));
        HttpResponse<String> untitled = stl.submit(path, "activityForm", typed);
        assertThat(fieldOf(untitled.body(), "activityForm:activityTitle")).containsAnyOf("este dato es obligatorio",
                "Escriba el nombre de la actividad.");
        assertThat(activitiesOf(here, here.milestoneId())).as("nothing half-saved").isEmpty();
        assertThat(audited(here)).isEmpty();

        typed.put("activityTitle", "Licitar el tablero");
        assertEquals(302, stl.submit(path, "activityForm", typed).statusCode());
        MilestoneActivity saved = activityTitled(here, "Licitar el tablero");
        assertEquals(today, saved.getStartDate());
        assertEquals(here.cso(), saved.getResponsible().getId());
        assertThat(stl.page(path).body()).contains("Licitar el tablero", "0 actividades hechas de 1");
    }

    @Test
    void aReportTicksActivitiesDoneKeepsTheLinkAndTheCountsShowOnePerMilestone() throws Exception {
        actAs(here.secretariat());
        long first = activities.add(here.milestoneId(), form("Licitar el tablero"), here.government()).getId();
        long second = activities.add(here.milestoneId(), form("Publicar el primer corte"), here.cso()).getId();
        activities.add(here.milestoneId(), form("Presentar el tablero"), here.cso());
        long otherCommitment = scenario.newCommitment(here, "Padrón de beneficiarios", t -> { });
        actAs(here.secretariat());
        long otherMilestone = milestones.ofCommitment(otherCommitment).get(0).getId();
        long ofAnotherMilestone = activities.add(otherMilestone, form("De otro hito"), here.cso()).getId();
        actAs(there.secretariat());
        long ofAnotherState = activities.add(there.milestoneId(), form("De otro estado"), there.cso()).getId();

        String publicPath = "commitment?id=" + here.commitmentId();
        assertThat(new PageClient(base).page(publicPath).body()).contains("0 actividades hechas de 3");
        assertThat(new PageClient(base).page("commitment?id=" + there.commitmentId()).body()).contains("0 actividades hechas de 1");

        PageClient cso = new PageClient(base);
        assertEquals(302, cso.signIn(here.csoMember(), Scenario.PASSWORD).statusCode());
        String path = "actor/report?milestone=" + here.milestoneId();
        assertThat(cso.page(path).body()).contains("Licitar el tablero", "Publicar el primer corte", "Actividades que este reporte deja hechas");
        int before = reportsOf(here);
        for (String tampered : List.of(String.valueOf(ofAnotherMilestone), String.valueOf(ofAnotherState), "uno", "-1")) {
            HttpResponse<String> refused = cso.submit(path, "report", report("Licitamos.", tampered));
            assertThat(refused.statusCode()).as(tampered).isEqualTo(200);
            assertThat(refused.body()).doesNotContain("\tat ", "Caused by", "java.lang.");
            if (refused.statusCode() == 200) {
                assertThat(fieldOf(refused.body(), "report:activities")).as(tampered).contains("Marque sólo actividades de este hito.");
            }
        }
        assertEquals(before, reportsOf(here), "a refused report saves nothing");
        assertThat(activitiesOf(here, here.milestoneId())).allMatch(a -> a.getStatus() == ActivityStatus.PENDING);
        assertThat(activitiesOf(there, there.milestoneId())).allMatch(a -> a.getStatus() == ActivityStatus.PENDING);

        // through the service too (a page that offered them would not get this far): another milestone's, another state's
        for (long foreign : List.of(ofAnotherMilestone, ofAnotherState)) {
            actAs(here.csoMember());
            DomainException refusal = assertThrows(DomainException.class, () -> reports.submit(here.milestoneId(),
                    draft("Licitamos."), List.of(), List.of(), List.of(first, foreign)));
            assertEquals("activities", refusal.field());
        }
        assertEquals(before, reportsOf(here));
        assertEquals(ActivityStatus.PENDING, activityTitled(here, "Licitar el tablero").getStatus(), "nothing half-saved");

        HttpResponse<String> ticked = cso.submit(path, "report", report("Licitamos y contratamos.", String.valueOf(first)));
        assertEquals(302, ticked.statusCode());
        assertEquals(ActivityStatus.DONE, activityTitled(here, "Licitar el tablero").getStatus());
        assertEquals(ActivityStatus.PENDING, activityTitled(here, "Publicar el primer corte").getStatus());
        assertEquals(before + 1, reportsOf(here));
        List<Object[]> links = em.createQuery("select t.activity.id, t.report.narrative, t.report.author.username "
                + "from ActivityTick t where t.activity.id = :a", Object[].class).setParameter("a", first).getResultList();
        assertThat(links).singleElement().satisfies(l -> assertThat(l).containsExactly(first, "Licitamos y contratamos.", here.csoMember()));
        assertThat(audited(here)).last().isEqualTo("TICK by " + here.csoMember());

        // a done activity is no longer offered, and ticking it again through the service is refused
        assertThat(cso.page(path).body()).doesNotContain("Licitar el tablero (");
        actAs(here.csoMember());
        DomainException again = assertThrows(DomainException.class, () -> reports.submit(here.milestoneId(),
                draft("Otra vez."), List.of(), List.of(), List.of(first)));
        assertEquals("activity.tick.alreadyDone", again.messageKey());

        assertThat(new PageClient(base).page(publicPath).body()).contains("1 actividad hecha de 3");
        assertThat(cso.page("actor/milestones").body()).contains("1 actividad hecha de 3");
        // a milestone without activities shows no count
        String otherPublic = new PageClient(base).page("commitment?id=" + there.commitmentId()).body();
        assertThat(otherPublic).contains("0 actividades hechas de 1");
        actAs(here.secretariat());
        activities.reopen(first);
        MilestoneActivity reopened = activityTitled(here, "Licitar el tablero");
        assertEquals(ActivityStatus.IN_PROGRESS, reopened.getStatus());
        assertThat(em.createQuery("select count(t) from ActivityTick t where t.activity.id = :a", Long.class)
                .setParameter("a", first).getSingleResult()).as("the link stays").isEqualTo(1L);
        assertThat(second).isPositive();
    }

    @Test
    void aMilestoneWithoutActivitiesShowsNoCount() throws Exception {
        assertThat(new PageClient(base).page("commitment?id=" + here.commitmentId()).body())
                .contains("class=\"card milestone\"").doesNotContain("activity-count");
    }

    private ProgressReport draft(String narrative) {
        ProgressReport report = ProgressReport.draft(today);
        report.setNarrative(narrative);
        report.setPercent(40);
        return report;
    }

    private Map<String, String> report(String narrative, String activity) {
        return Map.of("narrative", narrative, "percent_input", "40", "percent_hinput", "40",
                "reportedOn_input", today.format(DAY), "activities", activity, "submit", "");
    }
}
