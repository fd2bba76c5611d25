package org.cocrea.web.stl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.Locale;
import org.cocrea.web.Format;
import org.junit.jupiter.api.Test;

/** The change log reads in the reader's language and zone, never in raw codes and UTC instants. */
class AuditTextTest {

    private static final ZoneId SONORA = ZoneId.of("America/Hermosillo");

    @Test
    void aSignOffShowsThePartysLabelTheNameAndTheLocalTime() {
        assertEquals("Institución responsable (gobierno): Dependencia Sonora (dependencia.son), 30/11/2026 17:54 MST",
                AuditText.readable(Format.MEXICO, SONORA, "Milestone.signOffs",
                        "GOVERNMENT_LEAD by dependencia.son (Dependencia Sonora) at 2026-12-01T00:54:19Z"));
        assertEquals("Lead institution (government): dependencia.son, 30/11/2026 17:54 MST; "
                        + "Co-responsible CSO: Ana López (osc.son), 01/12/2026 08:00 MST",
                AuditText.readable(Locale.ENGLISH, SONORA, "Milestone.signOffs",
                        "GOVERNMENT_LEAD by dependencia.son at 2026-12-01T00:54:19Z, CSO_CO_RESPONSIBLE by osc.son (Ana López) at 2026-12-01T15:00:00Z"));
    }

    @Test
    void codesDatesAndYesNoAreWords() {
        assertEquals("En proceso", AuditText.readable(Format.MEXICO, SONORA, "Milestone.status", "IN_PROGRESS"));
        assertEquals("In progress", AuditText.readable(Locale.ENGLISH, SONORA, "Milestone.status", "IN_PROGRESS"));
        assertEquals("15/03/2026", AuditText.readable(Locale.ENGLISH, SONORA, "Milestone.endDate", "2026-03-15"));
        assertEquals("Sí", AuditText.readable(Format.MEXICO, SONORA, "Account.active", "true"));
        assertEquals("No", AuditText.readable(Locale.ENGLISH, SONORA, "Account.active", "false"));
        assertEquals("Padrón abierto", AuditText.readable(Format.MEXICO, SONORA, "Milestone.title", "Padrón abierto"));
    }
}
