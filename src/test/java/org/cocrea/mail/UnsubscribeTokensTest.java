package org.cocrea.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one-click unsubscribe token: signed, bound to one account and one kind; forgeries refused. */
class UnsubscribeTokensTest {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens("una-llave-de-prueba-larga".getBytes(StandardCharsets.UTF_8));

    @Test
    void aSignedTokenSaysWhoStopsWhat() {
        String token = tokens.sign(42, MailKind.MILESTONE_OVERDUE);
        assertEquals(Optional.of(new UnsubscribeTokens.Subject(42, MailKind.MILESTONE_OVERDUE)), tokens.verify(token));
        assertTrue(token.matches("[0-9]+\\.[A-Z_]+\\.[A-Za-z0-9_-]+"), "safe in a URL as it is: " + token);
    }

    @Test
    void aChangedAccountKindOrSignatureIsRefused() {
        String token = tokens.sign(42, MailKind.MILESTONE_OVERDUE);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        assertEquals(Optional.empty(), tokens.verify("43.MILESTONE_OVERDUE." + signature));
        assertEquals(Optional.empty(), tokens.verify("42.PUBLISHED." + signature));
        assertEquals(Optional.empty(), tokens.verify(token.substring(0, token.length() - 2) + "AA"));
        assertEquals(Optional.empty(), tokens.verify(token + "."));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        UnsubscribeTokens other = new UnsubscribeTokens("otra-llave-distinta-de-prueba".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), tokens.verify(other.sign(42, MailKind.PUBLISHED)));
    }

    @Test
    void garbageAndKindsThatCannotBeSwitchedOffAreRefused() {
        for (String garbage : new String[] {null, "", "...", "42", "42.PUBLISHED", "x.PUBLISHED.abc", "42.NOPE.abc",
                "42.PUBLISHED.%%%", "9".repeat(300)}) {
            assertEquals(Optional.empty(), tokens.verify(garbage), String.valueOf(garbage));
        }
        assertEquals(Optional.empty(), tokens.verify(tokens.sign(42, MailKind.PASSWORD_RESET)),
                "a password reset mail cannot be switched off");
    }

    @Test
    void aShortKeyIsRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> new UnsubscribeTokens(new byte[8]));
    }
}
