package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.cocrea.demo.DemoAccounts;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forms posted from the attacker's side (issue 11). Sign-in (item 1): every way of writing a user
 * name that the database takes for the same account counts against that account, and a signed-in
 * header shows the account's own name (demo accounts no other test signs in with). Dates (item 6):
 * a day that does not exist is refused beside its field, never read as the last day of the month;
 * a year far from today is refused by the plan's rule; nothing is created either way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileFormsIT {

    private static final String WRONG = "Usuario o contraseña incorrectos.";
    private static final String TITLE = "Plan con fechas imposibles";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    @Test
    void writingTheNameAnotherWayDoesNotEscapeTheLockout() throws Exception {
        // This locks a demo account for 15 minutes: one that no other test signs in with (the
        // browser walks use evaluador.*, WebSecurityIT locks evaluador.dgo).
        String[] variants = {"evaluadora.son", "evaluádora.son", "evalua\u0301dora.son", "EVALUA\u0301DORA.SON",
                "evaluadora.son\u00A0", "evaluadora.son\u00A0\u00A0\u00A0"};
        PageClient attacker = new PageClient(base);
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.signIn(variants[i], "adivinanza-" + i).body()).contains(WRONG);
        }
        for (String variant : variants) {
            PageClient visitor = new PageClient(base);
            HttpResponse<String> rightPassword = visitor.signIn(variant, DemoAccounts.PASSWORD);
            assertEquals(200, rightPassword.statusCode(), variant);
            assertThat(rightPassword.body()).as(variant).contains("Demasiados intentos fallidos");
            assertEquals(302, visitor.page("account/password").statusCode(), variant);
        }
    }

    @Test
    void aVariantSignsInAsTheAccountAndTheHeaderShowsItsOwnName() throws Exception {
        PageClient person = new PageClient(base);
        assertEquals(302, person.signIn("EVALUA\u0301DOR.ver\u00A0", DemoAccounts.PASSWORD).statusCode());
        String page = person.page("account/password").body();
        assertThat(page).contains("evaluador.ver").doesNotContain("EVALUA", "evalua\u0301dor");
    }

    @Test
    void daysThatDoNotExistAreRefusedBesideTheirFields() throws Exception {
        assertThat(refusedPlan("31/02/2026", "29/02/2027"))
                .contains("31/02/2026", "29/02/2027", "no es una fecha del calendario")
                .doesNotContain("28/02/2026", "28/02/2027");
    }

    @Test
    void aCycleEndingInTheYear9999IsRefused() throws Exception {
        assertThat(refusedPlan("01/01/2026", "31/12/9999")).contains("El ciclo del plan debe quedar entre");
    }

    /** Posts a new plan with these dates as a secretariat: the page answers with a message, reveals nothing, creates nothing. */
    private String refusedPlan(String cycleStart, String cycleEnd) throws Exception {
        PageClient secretariat = new PageClient(base);
        assertEquals(302, secretariat.signIn("secretariado.chih", DemoAccounts.PASSWORD).statusCode());
        HttpResponse<String> refused = secretariat.submit("stl/plans", "newPlan", Map.of("title", TITLE,
                "cycleStart_input", cycleStart, "cycleEnd_input", cycleEnd, "create", ""));
        assertEquals(200, refused.statusCode());
        assertThat(refused.body()).doesNotContain("java.", "DateTimeParse", "Caused by");
        assertThat(secretariat.page("stl/plans").body()).doesNotContain(TITLE);
        return refused.body();
    }
}
