package org.cocrea.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Where a count meets a noun, one is singular and more are plural, in both languages. */
class PluralsTest {

    private static final Locale ES = Format.MEXICO;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void milestonesAndSessionsOfAnActor() {
        assertEquals("Encabeza 0 · corresponsable en 2 · responsable de 1 hito", Messages.text(ES, "actors.counts", 0, 2, 1));
        assertEquals("Encabeza 0 · corresponsable en 2 · responsable de 3 hitos", Messages.text(ES, "actors.counts", 0, 2, 3));
        assertEquals("Leads 0 · co-responsible in 2 · responsible for 1 milestone", Messages.text(EN, "actors.counts", 0, 2, 1));
        assertEquals("asistió a 1 sesión", Messages.text(ES, "actors.counts.sessions", 1));
        assertEquals("asistió a 4 sesiones", Messages.text(ES, "actors.counts.sessions", 4));
        assertEquals("attended 1 session", Messages.text(EN, "actors.counts.sessions", 1));
    }

    @Test
    void overdueAgreementsPendingItemsAndMinutes() {
        assertEquals("1 atrasado", Messages.text(ES, "overdueCount", 1));
        assertEquals("2 atrasados", Messages.text(ES, "overdueCount", 2));
        assertTrue(Messages.text(ES, "plan.phase.pending", 1).startsWith("La fase actual tiene 1 pendiente."));
        assertTrue(Messages.text(EN, "plan.phase.pending", 3).startsWith("The current phase has 3 pending items."));
        assertTrue(Messages.text(ES, "login.throttled", 1).endsWith("en 1 minuto."));
        assertTrue(Messages.text(EN, "login.throttled", 12).endsWith("in 12 minutes."));
    }

    @Test
    void aReportSaysWhetherItCarriedEvidence() {
        assertTrue(Messages.text(ES, "report.saved", 0).startsWith("Reporte guardado sin evidencia."));
        assertEquals("Reporte guardado con 1 evidencia (archivo o enlace).", Messages.text(ES, "report.saved", 1));
        assertEquals("Reporte guardado con 3 evidencias (archivos o enlaces).", Messages.text(ES, "report.saved", 3));
        assertTrue(Messages.text(EN, "report.saved", 0).startsWith("Report saved without evidence."));
        assertEquals("Report saved with 2 pieces of evidence (files or links).", Messages.text(EN, "report.saved", 2));
    }

    @Test
    void theChangeLogCountsItsChanges() {
        assertEquals("Ningún cambio", Messages.text(ES, "audit.page.count", 0));
        assertEquals("1 cambio", Messages.text(ES, "audit.page.count", 1));
        assertEquals("1234 cambios", Messages.text(ES, "audit.page.count", 1234).replace(",", ""));
        assertEquals("1 change", Messages.text(EN, "audit.page.count", 1));
        assertEquals("3 changes", Messages.text(EN, "audit.page.count", 3));
    }

    @Test
    void aMilestoneSaysHowManyOfItsActivitiesAreDone() {
        assertEquals("1 actividad hecha de 3", Messages.text(ES, "activity.count", 1L, 3L));
        assertEquals("0 actividades hechas de 1", Messages.text(ES, "activity.count", 0L, 1L));
        assertEquals("2 actividades hechas de 2", Messages.text(ES, "activity.count", 2L, 2L));
        assertEquals("1 of 3 activities done", Messages.text(EN, "activity.count", 1L, 3L));
        assertEquals("0 of 1 activity done", Messages.text(EN, "activity.count", 0L, 1L));
    }

    @Test
    void aComplaintsAgeAndTheAgingOnes() {
        assertEquals("hoy", Messages.text(ES, "complaints.days", 0));
        assertEquals("1 día", Messages.text(ES, "complaints.days", 1));
        assertEquals("31 días", Messages.text(ES, "complaints.days", 31));
        assertEquals("1 day", Messages.text(EN, "complaints.days", 1));
        assertEquals("45 days", Messages.text(EN, "complaints.days", 45));
        assertEquals("open for 30 days or more", Messages.text(EN, "complaints.agingCount", 30));
        assertEquals("abiertas desde hace 30 días o más", Messages.text(ES, "complaints.agingCount", 30));
    }
}
