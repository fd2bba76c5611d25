package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public state page (/state?id=…, issue 14) over real HTTP, anonymous: its figures (milestones,
 * verified share, overdue, money) count only the public records of that state; every figure's link
 * lists the commitments behind it; the list is paged by GET links that keep the filter; a draft
 * commitment or another state's never appears; hostile parameters answer 400/404, never 500; no
 * session; a change is shown at once (the page cache is invalidated).
 */
@ExtendWith(ArquillianExtension.class)
class StateDashboardIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private CommitmentService commitments;
    @Inject private MilestoneService milestones;

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A published world with a second, overdue milestone and a draft commitment beside the public one. */
    private World publishedWorldWithOverdueAndDraft(String draftTitle) {
        World world = scenario.newState();
        actAs(world.secretariat());
        LocalDate today = scenario.today(world);
        Milestone late = Milestone.blank();
        late.setTitle("Hito vencido " + world.code());
        late.setStartDate(today.minusMonths(3));
        late.setEndDate(today.minusDays(3));
        late.setWeight(new BigDecimal("1"));
        milestones.create(world.commitmentId(), late, List.of(world.cso()));
        Commitment draft = Commitment.blank();
        draft.getTemplate().setTitle(draftTitle);
        commitments.create(world.planId(), draft, world.government(), List.of(world.cso()));
        scenario.publish(world);
        return world;
    }

    @Test
    void aStatesPageShowsItsPublicFiguresAndLinksEachToItsCommitments() throws Exception {
        World other = publishedWorldWithOverdueAndDraft("Borrador ajeno " + System.nanoTime());
        String draftTitle = "Borrador reservado " + System.nanoTime();
        World world = publishedWorldWithOverdueAndDraft(draftTitle);
        String title = "Transparentar el gasto en medicamentos " + world.code();

        HttpResponse<String> page = get("state?id=" + world.stateId());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).as("no session").isEmpty();
        String body = page.body();
        assertThat(body).contains("Estado de prueba " + world.code(), title, "Plan de Acción Local " + world.code())
                .doesNotContain(draftTitle, other.code());
        // two public milestones, none verified, one overdue; the money of the one public commitment
        assertThat(figure(body, "figure-milestones")).isEqualTo("2");
        assertThat(figure(body, "figure-verified")).isEqualTo("0 %");
        assertThat(figure(body, "figure-overdue")).isEqualTo("1");
        assertThat(body).contains("12,500,000.00", "9,750,000.50");
        assertThat(links(body, "commitment-link")).hasSize(1);

        // every figure links to the commitments behind it
        assertThat(links(get("state?id=" + world.stateId() + "&overdue=true").body(), "commitment-link")).hasSize(1);
        assertThat(links(get("state?id=" + world.stateId() + "&status=NOT_STARTED").body(), "commitment-link")).hasSize(1);
        String verified = get("state?id=" + world.stateId() + "&status=VERIFIED").body();
        assertThat(links(verified, "commitment-link")).isEmpty();
        assertThat(verified).contains("id=\"noCommitments\"", "clear-filter");
        assertThat(links(get("state?id=" + world.stateId() + "&plan=" + other.planId()).body(), "commitment-link"))
                .as("another state's plan lists nothing here").isEmpty();
    }

    @Test
    void theListIsPagedByGetLinksThatKeepTheFilterAndAChangeShowsAtOnce() throws Exception {
        World world = scenario.newState();
        scenario.publish(world);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String title = "Compromiso paginado " + i + " " + world.code();
            scenario.publishCommitment(scenario.newCommitment(world, title, t -> { }));
            titles.add(title);
        }
        String first = get("state?id=" + world.stateId() + "&plan=" + world.planId()).body();
        assertThat(links(first, "commitment-link")).hasSize(20);
        assertThat(first).contains("Página 1 de 2 · 21 resultados");
        Matcher next = Pattern.compile("href=\"([^\"]*)\" class=\"pager-next\"").matcher(first);
        assertThat(next.find()).as("a link to the next page").isTrue();
        String nextAddress = next.group(1).replace("&amp;", "&");
        assertThat(nextAddress).contains("page=2", "id=" + world.stateId(), "plan=" + world.planId());
        String second = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(nextAddress)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(links(second, "commitment-link")).hasSize(1);
        assertThat(second).contains(titles.get(19)).contains("pager-previous").doesNotContain("pager-next");

        // a new public commitment shows on the next view: the page cache does not keep the old page
        scenario.publishCommitment(scenario.newCommitment(world, "Compromiso recién publicado " + world.code(), t -> { }));
        assertThat(get("state?id=" + world.stateId() + "&page=2&plan=" + world.planId()).body())
                .contains("Compromiso recién publicado " + world.code());
    }

    @Test
    void hostileParametersAnswer400Or404NeverA500() throws Exception {
        World world = scenario.newState();
        scenario.publish(world);
        assertThat(get("state?id=" + world.stateId() + "&status=BOGUS").statusCode()).isEqualTo(400);
        assertThat(get("state?id=" + world.stateId() + "&page=abc").statusCode()).isEqualTo(400);
        // a flag reads "true" or nothing: anything else is no filter
        assertThat(get("state?id=" + world.stateId() + "&overdue=maybe%27%20OR%201=1").statusCode()).isEqualTo(200);
        assertThat(get("state?id=" + world.stateId() + "&page=-7").statusCode()).isEqualTo(200);
        assertThat(get("state?id=" + world.stateId() + "&page=99999999").statusCode()).isEqualTo(200);
        assertThat(get("state?id=abc").statusCode()).isEqualTo(404);
        assertThat(get("state?id=987654321987").statusCode()).isEqualTo(404);
        assertThat(get("state").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "es-MX").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The text of a figure's link (its bold number). */
    private static String figure(String body, String styleClass) {
        Matcher m = Pattern.compile("class=\"" + styleClass + "\"><b>([^<]*)</b>").matcher(body);
        assertThat(m.find()).as(styleClass).isTrue();
        return m.group(1);
    }

    private static List<String> links(String body, String styleClass) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"" + styleClass + "\"").matcher(body);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
