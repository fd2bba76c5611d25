package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: a form posted twice — the same request again, as a double click or a reload of the post
 * sends it — creates one record, and the second post is told so; a tampered token runs nothing;
 * public pages carry no token (they keep no session).
 */
@ExtendWith(ArquillianExtension.class)
class DoubleSubmitIT {

    private static final String ALREADY_SENT = "Este formulario ya se había enviado";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private ActorService actors;
    @Inject private HttpServletRequest request;

    private World here;
    private PageClient browser;

    @BeforeEach
    void aState() throws Exception {
        here = scenario.newState();
        browser = PageClient.inside(request);
    }

    @Test
    void theSameFormPostedTwiceCreatesOneRecord() throws Exception {
        signIn(here.secretariat());
        String page = browser.page("stl/actors").body();
        String name = "Colectivo Qwyx " + here.code();
        Map<String, String> fields = PageClient.fieldsOf("stl/actors", page, "newActor", newActor(name));

        HttpResponse<String> first = browser.post("stl/actors", fields);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        HttpResponse<String> again = browser.post("stl/actors", fields);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains(ALREADY_SENT);

        actAs(here.secretariat());
        assertThat(actors.ofState(here.stateId())).extracting(Actor::getName).containsOnlyOnce(name);

        // the page shown after the refusal carries a new token, which posts once
        String other = "Red Vecinal Plmk " + here.code();
        HttpResponse<String> next = browser.submitShown("stl/actors", again.body(), "newActor", newActor(other));
        assertThat(next.statusCode()).as(next.body()).isEqualTo(302);
        assertThat(actors.ofState(here.stateId())).extracting(Actor::getName).containsOnlyOnce(name).containsOnlyOnce(other);
    }

    @Test
    void aTamperedTokenRunsNothing() throws Exception {
        signIn(here.secretariat());
        String page = browser.page("stl/actors").body();
        String name = "Colectivo Zrvb " + here.code();
        Map<String, String> fields = PageClient.fieldsOf("stl/actors", page, "newActor", newActor(name));
        assertThat(fields).containsKey("co.submit");
        fields.put("co.submit", fields.get("co.submit") + "x");
        HttpResponse<String> forged = browser.post("stl/actors", fields);
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).contains(ALREADY_SENT).doesNotContain("\tat ", "Caused by", "java.lang.", "jakarta.faces.FacesException");
        actAs(here.secretariat());
        assertThat(actors.ofState(here.stateId())).extracting(Actor::getName).doesNotContain(name);
    }

    @Test
    void statelessPublicPagesCarryNoToken() throws Exception {
        HttpResponse<String> home = browser.page("");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).doesNotContain("co.submit");
        assertThat(home.headers().allValues("Set-Cookie")).isEmpty();
    }

    /** The new actor form as a person fills it: the name, a type and a kind. */
    private static Map<String, String> newActor(String name) {
        return Map.of("actorName", name, "actorType_input", "CSO", "kind_input", "ORGANIZATION", "save", "");
    }

    private void signIn(String username) throws Exception {
        assertThat(browser.signIn(username, Scenario.PASSWORD).statusCode()).isEqualTo(302);
    }
}
