package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocrea.demo.DemoAccounts;
import org.cocrea.support.BrowserWalk;
import org.cocrea.support.TestDatabaseSession;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.cocrea.support.SuiteServer;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The mail pages in a real browser, with axe-core on each: a forgotten password asked for on a phone,
 * an unsubscribe link that was tampered with, a secretariat choosing its notices, the administrator's
 * sent mail on a desktop and on a phone. Screenshots in {@code target/screenshots/MailBrowserIT/}.
 */
@ResourceLock(value = SuiteServer.MAIL_SERVER, mode = ResourceAccessMode.READ)
@Order(7)
class MailBrowserIT extends BrowserWalk {

    @Test
    void thePublicThePeopleAndTheAdministratorUseTheMailPages() throws Exception {
        try {
            walk();
        } catch (Throwable failure) {
            saveFailure();
            throw failure;
        }
    }

    private void walk() {
        phone(true);
        open("login");
        clickAndLoad(By.id("forgotten"), By.id("forgotten:email"));
        // the administrator's own address: its reset mail is then on the sent mail page
        type(By.id("forgotten:email"), TestDatabaseSession.ADMIN_USERNAME + "@localhost");
        shot("password-forgotten");
        clickAndLoad(By.id("forgotten:send"), By.id("sent"));
        assertThat(text(By.id("sent"))).contains("Si una cuenta activa tiene ese correo");
        assertFitsTheWindow("password forgotten");
        shot("password-forgotten-sent");

        open("mail/unsubscribe?t=1.PUBLISHED.Zm9yamFkbw");
        assertThat(text(By.id("invalid"))).contains("no es válido");
        shot("unsubscribe-forged");
        phone(false);

        signIn("secretariado.zac", DemoAccounts.PASSWORD, By.id("nav:account"), false);
        open("account/password");
        clickAndLoad(By.id("mailPreferencesLink"), By.id("preferences:save"));
        // the second kind: changes requested to a commitment
        chooseOne("preferences:kinds:1:delivery", "En el resumen diario");
        shot("preferences");
        clickAndLoad(By.id("preferences:save"), By.id("preferences:save"));
        assertGlobalMessage("Preferencias de correo guardadas.");
        assertThat(text(By.id("preferences:kinds:1:delivery_label"))).isEqualTo("En el resumen diario");
        signOut();

        signIn(TestDatabaseSession.ADMIN_USERNAME, TestDatabaseSession.ADMIN_PASSWORD, By.id("nav:account"), false);
        open("admin/states");
        clickAndLoad(By.id("mailLink"), By.id("sentList"));
        // the suite's other tests send mail meanwhile: the administrator looks for one address's mail
        type(By.id("to"), TestDatabaseSession.ADMIN_USERNAME + "@localhost");
        clickAndLoad(By.id("sentSearch"), By.id("sentList"));
        for (int i = 0; i < 20 && !driver.getPageSource().contains("Cambiar su contraseña de Cocrea"); i++) {
            open("admin/mail?to=" + TestDatabaseSession.ADMIN_USERNAME + "@localhost"); // the sender delivers within a second or two
        }
        click(By.xpath("//summary[contains(., 'Cambiar su contraseña de Cocrea')]"));
        assertThat(driver.getPageSource()).as("a sent reset link is not kept").doesNotContain("/password-reset?t=")
                .contains("El enlace de este correo se retiró");
        shot("admin-mail", true);
        phone(true);
        open("admin/mail");
        assertFitsTheWindow("admin mail");
        shot("admin-mail-phone", true);
        phone(false);
    }
}
