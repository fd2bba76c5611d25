package org.cocrea.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.cocrea.shared.DomainException;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.Test;

/** The rules of an assistance request: the form's fields, consent, the follow-up, and a trail without the contact. */
class AssistanceRequestTest {

    private static final Instant NOW = TestClock.FIXED.instant();

    private static AssistanceRequest request(String state, String institution, String need, String name, String address, boolean consent) {
        return new AssistanceRequest(state, institution, need, name, address, consent, "en");
    }

    private static AssistanceRequest valid() {
        return request(" Tlaxcala ", "Instituto de Acceso a la Información", "Queremos iniciar un plan local.", "Ana Pérez",
                " Ana@Ejemplo.MX ", true);
    }

    @Test
    void aValidRequestIsNewWithItsAddressInOneForm() {
        AssistanceRequest request = valid();
        assertEquals("Tlaxcala", request.getStateName());
        assertEquals("ana@ejemplo.mx", request.getContactEmail());
        assertEquals("en", request.getLanguage());
        assertEquals(AssistanceStatus.NEW, request.getStatus());
    }

    @Test
    void eachFieldIsRefusedBesideItself() {
        assertEquals("stateName", assertThrows(DomainException.class,
                () -> request(" ", "I", "N", "A", "a@b.mx", true)).field());
        assertEquals("institution", assertThrows(DomainException.class,
                () -> request("S", null, "N", "A", "a@b.mx", true)).field());
        assertEquals("need", assertThrows(DomainException.class,
                () -> request("S", "I", "x".repeat(AssistanceRequest.NEED + 1), "A", "a@b.mx", true)).field());
        assertEquals("contactName", assertThrows(DomainException.class,
                () -> request("S", "I", "N", "", "a@b.mx", true)).field());
        assertEquals("address", assertThrows(DomainException.class,
                () -> request("S", "I", "N", "A", "no es un correo", true)).field());
        DomainException noConsent = assertThrows(DomainException.class, () -> request("S", "I", "N", "A", "a@b.mx", false));
        assertEquals("consent", noConsent.field());
        assertEquals("assistance.consent.required", noConsent.messageKey());
    }

    @Test
    void theFollowUpMovesTheStatusAndClosingNeedsANoteAndIsFinal() {
        AssistanceRequest request = valid();
        request.followUp(AssistanceStatus.IN_CONTACT, null, "admin", NOW);
        assertEquals(AssistanceStatus.IN_CONTACT, request.getStatus());
        assertEquals("admin", request.getFollowedBy());
        assertEquals("status", assertThrows(DomainException.class, () -> request.followUp(null, "x", "admin", NOW)).field());
        DomainException noNote = assertThrows(DomainException.class, () -> request.followUp(AssistanceStatus.CLOSED, " ", "admin", NOW));
        assertEquals("note", noNote.field());
        assertEquals(AssistanceStatus.IN_CONTACT, request.getStatus());
        request.followUp(AssistanceStatus.CLOSED, "Asistido en tres sesiones remotas.", "admin", NOW);
        assertEquals("assistance.closed", assertThrows(DomainException.class,
                () -> request.followUp(AssistanceStatus.IN_CONTACT, null, "admin", NOW)).messageKey());
    }

    @Test
    void theTrailNeverHoldsTheContact() {
        assertThat(valid().auditSnapshot().values().toString()).doesNotContain("Ana", "ana@ejemplo.mx")
                .contains("Tlaxcala");
    }
}
