package org.cocrea.it;

import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;
import org.cocrea.account.AccountService;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A signed-in person's language choice is kept in their own account, and only there. */
@ExtendWith(ArquillianExtension.class)
class LanguageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private AccountService accounts;

    @Test
    void theAccountKeepsItsOwnChoiceOnly() {
        World world = scenario.newState();
        assertNull(accounts.languageOf(world.secretariat()), "nobody chose yet");

        actAs(world.secretariat());
        accounts.chooseOwnLanguage("en");
        assertEquals("en", accounts.languageOf(world.secretariat()));
        assertNull(accounts.languageOf(world.csoMember()), "another account is untouched");

        accounts.chooseOwnLanguage("fr"); // not a language the interface speaks: ignored
        assertEquals("en", accounts.languageOf(world.secretariat()));
        accounts.chooseOwnLanguage("es");
        assertEquals("es", accounts.languageOf(world.secretariat()));

        actAsPublic();
        accounts.chooseOwnLanguage("en"); // the public keeps its choice in a cookie only
        assertEquals("es", accounts.languageOf(world.secretariat()));
    }
}
