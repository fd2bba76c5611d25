package org.cocrea.systematization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The program report's comparison by support mode, computed by hand here, and its PDF read back. */
class ProgramFactsTest {

    private static final List<ProgramFacts.StateRow> STATES = List.of(
            new ProgramFacts.StateRow("Sonora", "supportMode.IN_PERSON", "Plan Sonora", 4, 60, 120, 70, 4, 3, 2, 1, 3),
            new ProgramFacts.StateRow("Zacatecas", "supportMode.IN_PERSON", "Plan Zacatecas", 3, 41, 80, 30, 2, 1, 0, 0, 2),
            new ProgramFacts.StateRow("Durango", "supportMode.REMOTE", "Plan Durango", 2, null, 30, 15, 0, 0, 0, 0, 0));

    @Test
    void theModesAreComparedFromTheirStates() {
        List<ProgramFacts.ModeRow> modes = ProgramFacts.byMode(STATES, ProgramReportService.MODES);
        assertThat(modes).extracting(ProgramFacts.ModeRow::supportMode).containsExactly("supportMode.IN_PERSON", "supportMode.REMOTE");
        ProgramFacts.ModeRow inPerson = modes.get(0);
        assertThat(inPerson.states()).isEqualTo(2);
        assertThat(inPerson.meanProgress()).isEqualTo(51);          // (60 + 41) / 2 = 50.5
        assertThat(inPerson.attendancePerState()).isEqualTo(100L);  // (120 + 80) / 2
        assertThat(inPerson.womenShare()).isEqualTo(50);            // 100 of 200
        assertThat(inPerson.promisingShare()).isEqualTo(67);        // 4 of 6
        assertThat(inPerson.strongShare()).isEqualTo(50);           // 1 of 2
        ProgramFacts.ModeRow remote = modes.get(1);
        assertThat(remote.meanProgress()).isNull();                 // no progress computable
        assertThat(remote.womenShare()).isEqualTo(50);              // 15 of 30
        assertThat(remote.promisingShare()).isNull();               // none assessed
    }

    @Test
    void thePdfShowsTheStatesSideBySideAndTheModesInBothLanguages() throws IOException {
        ProgramFacts facts = new ProgramFacts(STATES, ProgramFacts.byMode(STATES, ProgramReportService.MODES));
        byte[] pdf = new ProgramPdf(Locale.forLanguageTag("es-MX"), Instant.parse("2026-06-15T18:00:00Z")).render(facts);
        String text = ReportPdfTest.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Informe del programa", "Sonora Presencial Plan Sonora 4 60 % 120 70 3/4 1/2 3",
                "Durango A distancia Plan Durango 2 — 30 15 0/0 0/0 0", "Presencial frente a distancia",
                "Presencial 2 51 % 100 50 % 67 % 50 %", "Página 1");
        String english = ReportPdfTest.text(new ProgramPdf(Locale.ENGLISH, Instant.parse("2026-06-15T18:00:00Z")).render(facts))
                .replaceAll("\\s+", " ");
        assertThat(english).contains("Program report", "In person versus remote", "Remote 1 — 30 50 % — —");
    }
}
