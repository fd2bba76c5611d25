package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
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
 * The sign-in lockout from the attacker's side (issue 11, item 1): every way of writing a user name
 * that the database takes for the same account counts against that account, and a signed-in
 * header shows the account's own name. Demo accounts no other test signs in with.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInVariantsIT {

    private static final String WRONG = "Usuario o contraseña incorrectos.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    @Test
    void writingTheNameAnotherWayDoesNotEscapeTheLockout() throws Exception {
        String[] variants = {"evaluador.zac", "evaluádor.zac", "evalua\u0301dor.zac", "EVALUA\u0301DOR.ZAC",
                "evaluador.zac\u00A0", "evaluador.zac\u00A0\u00A0\u00A0"};
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
}
