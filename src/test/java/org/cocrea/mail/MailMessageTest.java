package org.cocrea.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cocrea.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The outbox's delivery rules: claims and their lease, backoff, permanent failure, retry. */
class MailMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-02T02:30:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private static MailMessage pending() {
        return new MailMessage(MailKind.APPROVED, new Recipient(7L, "ana@ejemplo.mx", "Ana", "es"), 3L,
                new Rendered("Asunto", "Texto", "<p>Texto</p>"), null, MailStatus.PENDING, NOW);
    }

    @Test
    void aClaimKeepsOtherSendersAwayUntilItsLeaseRunsOut() {
        MailMessage mail = pending();
        assertTrue(mail.isClaimable(NOW));
        mail.claim("a", NOW, LEASE);
        assertFalse(mail.isClaimable(NOW.plusSeconds(299)), "another sender must not take a claimed mail");
        assertThrows(IllegalStateException.class, () -> mail.claim("b", NOW.plusSeconds(10), LEASE));
        assertTrue(mail.isClaimedBy("a"));
        assertFalse(mail.isClaimedBy("b"));
        // the sender died: after the lease another one may send it
        assertTrue(mail.isClaimable(NOW.plus(LEASE)));
        mail.claim("b", NOW.plus(LEASE), LEASE);
        assertFalse(mail.isClaimedBy("a"), "the first sender's late result is ignored");
        assertTrue(mail.isClaimedBy("b"));
    }

    @Test
    void aDeliveredMailIsNeverClaimedAgain() {
        MailMessage mail = pending();
        mail.claim("a", NOW, LEASE);
        mail.delivered(NOW.plusSeconds(1), false);
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertEquals(NOW.plusSeconds(1), mail.getSentAt());
        assertFalse(mail.isClaimable(NOW.plus(Duration.ofDays(1))));
        assertFalse(mail.isClaimedBy("a"));
    }

    @Test
    void withoutAnSmtpServerTheMailIsKept() {
        MailMessage mail = pending();
        mail.claim("a", NOW, LEASE);
        mail.delivered(NOW, true);
        assertEquals(MailStatus.KEPT, mail.getStatus());
        assertTrue(mail.getStatus().isDelivered());
    }

    @Test
    void temporaryFailuresWaitLongerEachTimeThenFailForGood() {
        MailMessage mail = pending();
        Instant at = NOW;
        for (int attempt = 1; attempt <= MailMessage.BACKOFF.size(); attempt++) {
            assertTrue(mail.isClaimable(at), "attempt " + attempt + " is due");
            mail.claim("a", at, LEASE);
            mail.failed(at, "Connection refused", false, MailMessage.BACKOFF);
            assertEquals(MailStatus.PENDING, mail.getStatus());
            Duration pause = MailMessage.BACKOFF.get(attempt - 1);
            assertEquals(at.plus(pause), mail.getNextAttemptAt());
            assertFalse(mail.isClaimable(at.plus(pause).minusMillis(1)), "not before the pause is over");
            at = at.plus(pause);
        }
        assertEquals(Duration.ofMinutes(1), MailMessage.BACKOFF.get(0));
        assertTrue(MailMessage.BACKOFF.get(1).compareTo(MailMessage.BACKOFF.get(0)) > 0);
        mail.claim("a", at, LEASE);
        mail.failed(at, "Connection refused", false, MailMessage.BACKOFF);
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals(6, mail.getAttempts());
        assertFalse(mail.isClaimable(at.plus(Duration.ofDays(30))));
    }

    @Test
    void anotherScheduleGivesItsOwnPausesAndAsManyRetries() {
        List<Duration> pauses = MailSettings.pauses(" PT5S, PT10S ");
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10)), pauses);
        MailMessage mail = pending();
        mail.claim("a", NOW, LEASE);
        mail.failed(NOW, "Connection refused", false, pauses);
        assertEquals(NOW.plusSeconds(5), mail.getNextAttemptAt());
        assertFalse(mail.isClaimable(NOW.plusSeconds(5).minusMillis(1)));
        Instant second = NOW.plusSeconds(5);
        mail.claim("a", second, LEASE);
        mail.failed(second, "Connection refused", false, pauses);
        assertEquals(second.plusSeconds(10), mail.getNextAttemptAt());
        Instant third = second.plusSeconds(10);
        mail.claim("a", third, LEASE);
        mail.failed(third, "Connection refused", false, pauses);
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals(3, mail.getAttempts());
        assertThrows(IllegalArgumentException.class, () -> MailSettings.pauses("PT1M,PT0S"));
        assertThrows(IllegalArgumentException.class, () -> MailSettings.pauses("PT1M,-PT1M"));
        assertThrows(java.time.format.DateTimeParseException.class, () -> MailSettings.pauses("1 minute"));
    }

    @Test
    void aRefusedAddressFailsAtOnceAndTheErrorIsKeptShort() {
        MailMessage mail = pending();
        mail.claim("a", NOW, LEASE);
        mail.failed(NOW, "550 ".repeat(300), true, MailMessage.BACKOFF);
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals(1, mail.getAttempts());
        assertEquals(MailMessage.MAX_ERROR, mail.getLastError().length());
    }

    @Test
    void theAdministratorsRetryStartsAFreshRoundNowAndOnlyForAFailedMail() {
        MailMessage mail = pending();
        DomainException notFailed = assertThrows(DomainException.class, () -> mail.retry(NOW));
        assertEquals("mail.retry.notFailed", notFailed.messageKey());
        mail.claim("a", NOW, LEASE);
        mail.failed(NOW, "550 no such user", true, MailMessage.BACKOFF);
        Instant later = NOW.plus(Duration.ofHours(3));
        mail.retry(later);
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        assertTrue(mail.isClaimable(later));
        mail.claim("a", later, LEASE);
        mail.delivered(later, false);
        assertNull(mail.getLastError());
    }

    @Test
    void aHeldMailWaitsForTheDigestAndIsNotSentAlone() {
        MailMessage held = new MailMessage(MailKind.APPROVED, new Recipient(7L, "ana@ejemplo.mx", "Ana", "en"), 3L,
                new Rendered("S", "T", "H"), "https://x/y", MailStatus.HELD, NOW);
        assertFalse(held.isClaimable(NOW.plus(Duration.ofDays(2))));
        assertEquals("en", held.getLanguage());
    }

    @Test
    void aResetLinkIsNotKeptOnceTheServerTookItButIsInDemoMode() {
        MailMessage sent = new MailMessage(MailKind.PASSWORD_RESET, new Recipient(7L, "ana@ejemplo.mx", "Ana", "es"), null,
                new Rendered("Cambiar su contraseña", "https://x/password-reset?t=secreto", "<a href=\"https://x/password-reset?t=secreto\">"),
                null, MailStatus.PENDING, NOW);
        sent.claim("a", NOW, LEASE);
        sent.delivered(NOW, false);
        org.assertj.core.api.Assertions.assertThat(sent.getText() + sent.getHtml()).doesNotContain("secreto").contains("retiró");

        MailMessage kept = new MailMessage(MailKind.PASSWORD_RESET, new Recipient(7L, "ana@ejemplo.mx", "Ana", "es"), null,
                new Rendered("Cambiar su contraseña", "https://x/password-reset?t=secreto", "h"), null, MailStatus.PENDING, NOW);
        kept.claim("a", NOW, LEASE);
        kept.delivered(NOW, true);
        org.assertj.core.api.Assertions.assertThat(kept.getText()).contains("secreto");
    }
}
