package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.actor.ActorService;
import org.cocrea.actor.ActorType;
import org.cocrea.audit.AuditQuery;
import org.cocrea.audit.AuditTrail;
import org.cocrea.priority.Priority;
import org.cocrea.priority.PriorityService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestDatabaseSession;
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
 * Issue 13 (audit): the change log of each record on its page and the state's log at /stl/audit, over
 * real HTTP on worlds built through the real services: what the secretariat sees, its filters and pages,
 * and from the wrong side (another state's secretariat, a responsible actor, the public, tampered addresses).
 */
@ExtendWith(ArquillianExtension.class)
class AuditPageIT {

    private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private AuditTrail trail;
    @Inject private ActorService actors;
    @Inject private PriorityService priorities;
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

    private long entriesOf(World world) {
        return em.createQuery("select count(a) from AuditEntry a where a.stateId = :s", Long.class)
                .setParameter("s", world.stateId()).getSingleResult();
    }

    private PageClient signedIn(String username, String password) throws Exception {
        PageClient client = new PageClient(base);
        assertEquals(302, client.signIn(username, password).statusCode());
        return client;
    }

    private static String plan(World w) {
        return "Plan de Acción Local " + w.code();
    }

    private static String university(World w) {
        return "Universidad Estatal " + w.code();
    }

    private static void ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), () -> response.uri() + " → " + response.headers().firstValue("Location").orElse(""));
    }

    private static void noStackTrace(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("status").isLessThan(500);
        assertThat(response.body()).doesNotContain("\tat ", "Caused by", "java.lang.");
    }

    private static int rows(String body) {
        return body.split("class=\"audit-who\"", -1).length - 1;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theSecretariatReadsItsStateFiltersItAndPagesThroughIt() throws Exception {
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        for (int i = 0; i < 12; i++) {
            actors.create(here.stateId(), "Colectivo vecinal " + i + " " + here.code(), ActorType.CSO);
        }
        long total = entriesOf(here);
        assertThat(total).as("more than one page of 20").isGreaterThan(20);

        PageClient stl = signedIn(here.secretariat(), Scenario.PASSWORD);
        HttpResponse<String> all = stl.page("stl/audit");
        ok(all);
        noStackTrace(all);
        assertThat(all.body()).contains("Registro de cambios", total + " cambios", "navAudit")
                .doesNotContain(there.code());
        assertEquals(20, rows(all.body()), "the first page holds 20 entries, newest first");
        assertThat(all.body().indexOf("Colectivo vecinal 11 " + here.code()))
                .as("newest first").isLessThan(all.body().indexOf("Colectivo vecinal 0 " + here.code()));

        // the second page, as the table's paginator asks for it
        Matcher state = VIEW_STATE.matcher(all.body());
        assertThat(state.find()).isTrue();
        Map<String, String> next = new LinkedHashMap<>();
        next.put("jakarta.faces.partial.ajax", "true");
        next.put("jakarta.faces.source", "auditForm:audit");
        next.put("jakarta.faces.partial.execute", "auditForm:audit");
        next.put("jakarta.faces.partial.render", "auditForm:audit");
        next.put("auditForm:audit_pagination", "true");
        next.put("auditForm:audit_first", "20");
        next.put("auditForm:audit_rows", "20");
        next.put("auditForm:audit_skipChildren", "true");
        next.put("auditForm:audit_encodeFeature", "true");
        next.put("auditForm", "auditForm");
        next.put("jakarta.faces.ViewState", state.group(1));
        HttpResponse<String> second = stl.post("stl/audit", next);
        assertEquals(200, second.statusCode());
        noStackTrace(second);
        assertEquals(total - 20, rows(second.body()), second.body());

        // by kind of record, and one record of that kind
        HttpResponse<String> plans = stl.page("stl/audit?kind=ActionPlan");
        assertThat(plans.body()).contains(plan(here), "1 cambio").doesNotContain("Colectivo vecinal");
        HttpResponse<String> one = stl.page("stl/audit?kind=Actor&record=" + here.academia());
        assertThat(one.body()).contains(university(here), "1 cambio").doesNotContain("Colectivo vecinal");

        // by person: the secretariat's own changes, then the administrator's
        HttpResponse<String> mine = stl.page("stl/audit?person=" + enc(here.secretariat()));
        assertThat(mine.body()).contains(plan(here)).doesNotContain(university(here), "Colectivo vecinal");
        HttpResponse<String> admin = stl.page("stl/audit?person=" + TestDatabaseSession.ADMIN_USERNAME);
        assertThat(admin.body()).contains(university(here)).doesNotContain(plan(here));

        // by dates: long ago there was nothing; from then on, everything
        assertThat(stl.page("stl/audit?from=2000-01-01&to=2000-12-31").body()).contains("Ningún cambio");
        assertThat(stl.page("stl/audit?from=2000-01-01").body()).contains(total + " cambios");
        // a range that ends before it starts is said so, not searched
        HttpResponse<String> backwards = stl.page("stl/audit?from=2026-05-02&to=2026-05-01");
        assertEquals(200, backwards.statusCode());
        assertThat(backwards.body()).contains("debe ser anterior o igual", "site-message-error");
        // worded in the language of the page, whatever language the browser asks for
        assertThat(stl.page("stl/audit?from=2026-05-02&to=2026-05-01", "Accept-Language", "en").body())
                .contains("lang=\"es\"", "debe ser anterior o igual").doesNotContain("must be on or before");
        assertEquals(302, stl.page("stl/audit?lang=en").statusCode());
        assertThat(stl.page("stl/audit?from=2026-05-02&to=2026-05-01", "Accept-Language", "es-MX").body())
                .contains("lang=\"en\"", "must be on or before").doesNotContain("debe ser anterior o igual");
    }

    @Test
    void everyRecordShowsItsOwnChangeLogOnItsPage() throws Exception {
        actAs(here.secretariat());
        Priority priority = Priority.blank();
        priority.setTitle("Abasto de agua " + here.code());
        priority.setDescription("Colonias sin agua tres días por semana.");
        long priorityId = priorities.create(here.planId(), priority, null).getId();
        WorkSession session = WorkSession.blank();
        session.setKind(WorkSessionKind.CO_CREATION);
        session.setMode(WorkSessionMode.IN_PERSON);
        session.setTitle("Mesa de cocreación " + here.code());
        session.setHeldOn(LocalDate.of(2025, 5, 14));
        session.setPlace("Sala de juntas");
        long sessionId = sessions.create(here.planId(), session).getId();

        PageClient stl = signedIn(here.secretariat(), Scenario.PASSWORD);
        for (String page : List.of("stl/plan?id=" + here.planId(), "stl/actor?id=" + here.cso(), "stl/priority?id=" + priorityId,
                "stl/session?id=" + sessionId, "stl/commitment?id=" + here.commitmentId())) {
            HttpResponse<String> shown = stl.page(page);
            assertEquals(200, shown.statusCode(), page);
            noStackTrace(shown);
            assertThat(shown.body()).as(page).contains("auditForm:audit", "class=\"audit-who\"", "alta");
        }
        HttpResponse<String> accounts = stl.page("stl/accounts");
        assertThat(accounts.body()).contains("account-changes", "account-actions", "kind=Account");
    }

    @Test
    void anotherStatesSecretariatAResponsibleActorAndThePublicAreRefused() throws Exception {
        PageClient other = signedIn(there.secretariat(), Scenario.PASSWORD);
        HttpResponse<String> own = other.page("stl/audit");
        ok(own);
        assertThat(own.body()).contains(plan(there)).doesNotContain(here.code());
        assertThat(other.page("stl/audit?kind=ActionPlan&record=" + here.planId()).body())
                .contains("Ningún cambio").doesNotContain(here.code());
        HttpResponse<String> foreign = other.page("stl/audit?state=" + here.stateId());
        assertEquals(404, foreign.statusCode());
        noStackTrace(foreign);

        PageClient actor = signedIn(here.csoMember(), Scenario.PASSWORD);
        HttpResponse<String> refused = actor.page("stl/audit");
        assertThat(refused.statusCode()).isIn(403, 404);
        noStackTrace(refused);
        assertThat(refused.body()).doesNotContain(plan(here));

        HttpResponse<String> anonymous = new PageClient(base).page("stl/audit?state=" + here.stateId());
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        noStackTrace(anonymous);
        assertThat(anonymous.body()).doesNotContain(plan(here));

        // and in the service, whatever page asks
        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> trail.readableState(here.stateId()));
        assertThrows(AccessDeniedException.class, () -> trail.search(new AuditQuery(here.stateId(), null, null, null, null, null), 0, 20));
        assertThat(trail.search(AuditQuery.ofRecord("ActionPlan", here.planId()), 0, 20)).isEmpty();
        actAs(here.csoMember());
        assertThrows(AccessDeniedException.class, () -> trail.count(new AuditQuery(null, null, null, null, null, null)));
        assertThrows(AccessDeniedException.class, () -> trail.count(new AuditQuery(here.stateId(), null, null, null, null, null)));
    }

    @Test
    void theAdministratorChoosesAState() throws Exception {
        PageClient admin = signedIn(TestDatabaseSession.ADMIN_USERNAME, TestDatabaseSession.ADMIN_PASSWORD);
        HttpResponse<String> choose = admin.page("stl/audit");
        ok(choose);
        assertThat(choose.body()).contains("id=\"chooseState\"", "Estado de prueba " + here.code());
        HttpResponse<String> chosen = admin.page("stl/audit?state=" + here.stateId());
        ok(chosen);
        assertThat(chosen.body()).contains(plan(here)).doesNotContain(plan(there));
    }

    @Test
    void aTamperedAddressIsRefusedClearlyNeverWithAServerError() throws Exception {
        PageClient stl = signedIn(here.secretariat(), Scenario.PASSWORD);
        for (String query : List.of("state=abc", "state=-1", "state=99999999999999999999", "record=abc", "record=1e9",
                "kind=" + enc("<script>alert(1)</script>"), "kind=" + enc("Plan' or '1'='1"), "kind=NoSuchKind",
                "person=" + "x".repeat(61), "person=" + enc("' or 1=1 --"), "from=2026-13-45", "from=abc", "to=2026-02-31",
                "from=2026-05-02&to=2026-05-01", "kind=" + "A".repeat(41), "kind=ActionPlan&kind=Actor", "page=-1",
                "from=" + enc("2026-01-01T00:00"))) {
            HttpResponse<String> answer = stl.page("stl/audit?" + query);
            assertThat(answer.statusCode()).as(query + " → " + answer.headers().firstValue("Location").orElse("")).isIn(200, 400, 404);
            noStackTrace(answer);
            assertThat(answer.body()).as(query).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(stl.page("stl/audit?kind=NoSuchKind").body()).containsAnyOf("Ese tipo de registro no existe", "There is no such kind of record");
        assertEquals(400, stl.page("stl/audit?from=abc").statusCode());
        assertEquals(400, stl.page("stl/audit?state=abc").statusCode());
    }
}
