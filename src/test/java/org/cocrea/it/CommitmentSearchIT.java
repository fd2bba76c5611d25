package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
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
 * The public search of commitments (/search, issue 14) over real HTTP: MariaDB full-text search
 * finds a published commitment by words of its title and text, without accents or capitals; never a
 * draft commitment, the draft revision of a published one, nor a commitment of a draft plan; hostile
 * queries (boolean operators, quotes, SQL, very long, empty) answer a page, never a 500; no session.
 */
@ExtendWith(ArquillianExtension.class)
class CommitmentSearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private CommitmentService commitments;

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void findsPublishedTextWithoutAccentsAndNeverDraftsOrDraftPlans() throws Exception {
        World world = scenario.newState();
        String code = world.code().toLowerCase();
        actAs(world.secretariat());
        Commitment draft = Commitment.blank();
        draft.getTemplate().setTitle("Borrador secreto zorglub " + world.code());
        commitments.create(world.planId(), draft, world.government(), List.of(world.cso()));
        scenario.publish(world);
        // a revision after publication: its words are a draft until published again
        Commitment revision = commitments.forSecretariat(world.commitmentId());
        revision.getTemplate().setObjective("Objetivo revisado quimerico " + world.code());
        commitments.update(revision, world.government(), List.of(world.cso()));

        World draftPlan = scenario.newState();
        actAs(draftPlan.secretariat());
        scenario.publishCommitment(draftPlan.commitmentId()); // published commitment, plan still a draft

        String found = search("q=" + enc("MEDICAMENTOS " + code));
        assertThat(found).contains("Transparentar el gasto en medicamentos " + world.code());
        // "público" in the published description, typed without its accent; a word's beginning is enough
        assertThat(search("q=" + enc("publico " + code))).contains("Transparentar el gasto en medicamentos " + world.code());
        assertThat(search("q=" + enc("medicam " + code))).contains("Transparentar el gasto en medicamentos " + world.code());
        assertThat(search("q=" + enc("zorglub " + code))).contains("id=\"noHits\"").doesNotContain("zorglub " + world.code());
        assertThat(search("q=" + enc("quimerico " + code))).contains("id=\"noHits\"");
        assertThat(search("q=" + enc("medicamentos " + draftPlan.code().toLowerCase()))).contains("id=\"noHits\"");
        // the filter by state
        assertThat(search("q=" + enc("medicamentos " + code) + "&state=" + draftPlan.stateId())).contains("id=\"noHits\"");
        assertThat(search("q=" + enc("medicamentos " + code) + "&state=" + world.stateId()))
                .contains("Transparentar el gasto en medicamentos " + world.code());
    }

    @Test
    void hostileQueriesAnswerAPageNeverA500() throws Exception {
        for (String hostile : List.of("+\"medicamentos\" -gasto* (abasto) ~@<> >x", "' OR 1=1 --", "\"", "*", "@@@@", "a",
                "medicamentos".repeat(400), "ñandú ÁÉÍÓÚ 中文 🙂", "<script>alert(1)</script>", "")) {
            HttpResponse<String> answer = get("search?q=" + enc(hostile));
            assertThat(answer.statusCode()).as(hostile.length() > 40 ? hostile.substring(0, 40) : hostile).isIn(200, 400);
            assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(answer.body()).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(get("search?q=x&page=abc").statusCode()).isEqualTo(400);
        assertThat(get("search?q=" + enc("gasto") + "&page=-3").statusCode()).isEqualTo(200);
        assertThat(get("search?q=a").body()).contains("id=\"nothingToSearch\"");
    }

    private String search(String query) throws Exception {
        HttpResponse<String> answer = get("search?" + query);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "es-MX").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
