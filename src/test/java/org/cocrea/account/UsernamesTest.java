package org.cocrea.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every way the probe wrote one user name is the same name (issue 11, item 1). */
class UsernamesTest {

    @Test
    void spacesOfEveryKindCaseAndCompatibilityFormsGo() {
        assertEquals("evaluador.zac", Usernames.normalize("  Evaluador.ZAC\u00A0\u00A0"));
        assertEquals("evaluador.zac", Usernames.normalize("evaluador.zac\u2007\u202F\u3000\t"));
        assertEquals("evaluador.zac", Usernames.normalize("\uFF45valuador.zac")); // full-width e
        assertEquals("evaluador.zac", Usernames.normalize("evalu\u200Bador.zac")); // zero-width space
    }

    @Test
    void accentsAndCombiningMarksFoldToTheSameName() {
        for (String variant : new String[] {"evaluádor.zac", "evalua\u0301dor.zac", "EVALUA\u0301DOR.ZAC",
                "Evaluádor.Zac\u00A0", "evaluador.zac\u00A0\u00A0\u00A0"}) {
            assertEquals("evaluador.zac", Usernames.folded(variant), variant);
        }
    }

    @Test
    void theVariantsShareOneFailureCounter() {
        for (String variant : new String[] {"evaluádor.zac", "evalua\u0301dor.zac", "EVALUA\u0301DOR.ZAC",
                "evaluador.zac\u00A0", "Evaluador.Zac"}) {
            assertEquals(SignInAttempts.key("evaluador.zac"), SignInAttempts.key(variant), variant);
        }
        assertNotEquals(SignInAttempts.key("evaluador.zac"), SignInAttempts.key("evaluador.zas"));
    }

    @Test
    void theCounterKeepsNoNameAsTyped() {
        String key = SignInAttempts.key("Mi-Contraseña-2026");
        assertTrue(key.matches("[0-9a-f]{64}"), key);
    }
}
