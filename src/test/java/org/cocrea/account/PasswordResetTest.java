package org.cocrea.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.cocrea.shared.DomainException;
import org.junit.jupiter.api.Test;

/** A reset link: random, stored only hashed, single use, and only until it expires. */
class PasswordResetTest {

    private static final Instant NOW = Instant.parse("2026-12-02T02:30:00Z");

    @Test
    void theTokenIsRandomAndOnlyItsHashIsKept() {
        PasswordReset.Issued a = PasswordReset.issue(1, NOW);
        PasswordReset.Issued b = PasswordReset.issue(1, NOW);
        assertNotEquals(a.token(), b.token());
        assertTrue(a.token().length() >= 43, "256 bits");
        assertEquals(64, PasswordReset.hash(a.token()).length());
        assertFalse(PasswordReset.hash(a.token()).contains(a.token()));
    }

    @Test
    void itWorksOnceBeforeItExpires() {
        PasswordReset reset = PasswordReset.issue(1, NOW).reset();
        assertTrue(reset.isUsable(NOW.plus(PasswordReset.VALID).minusSeconds(1)));
        reset.redeem(NOW.plusSeconds(60));
        DomainException again = assertThrows(DomainException.class, () -> reset.redeem(NOW.plusSeconds(61)));
        assertEquals("passwordReset.invalid", again.messageKey());
    }

    @Test
    void anExpiredOrEndedLinkIsRefusedWithTheSameMessage() {
        PasswordReset expired = PasswordReset.issue(1, NOW).reset();
        DomainException late = assertThrows(DomainException.class, () -> expired.redeem(NOW.plus(PasswordReset.VALID)));
        assertEquals("passwordReset.invalid", late.messageKey());

        PasswordReset replaced = PasswordReset.issue(1, NOW).reset();
        replaced.end(NOW.plusSeconds(5));
        assertFalse(replaced.isUsable(NOW.plusSeconds(6)));
        assertThrows(DomainException.class, () -> replaced.redeem(NOW.plusSeconds(6)));
    }
}
