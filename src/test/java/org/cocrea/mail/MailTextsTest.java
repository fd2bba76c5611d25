package org.cocrea.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every kind of mail has its texts in both languages; a mail says why it came, links, and escapes its HTML. */
class MailTextsTest {

    @Test
    void everyKindHasSubjectBodyAndWhyInSpanishAndEnglish() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("es"), Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(MailTexts.BUNDLE, locale);
            for (MailKind kind : MailKind.values()) {
                assertThat(bundle.containsKey(kind.subjectKey())).as(kind + " subject " + locale).isTrue();
                assertThat(bundle.containsKey(kind.whyKey())).as(kind + " why " + locale).isTrue();
                assertThat(bundle.containsKey("mail.kind." + kind.name())).as(kind + " label " + locale).isTrue();
                if (kind != MailKind.DIGEST) {
                    assertThat(bundle.containsKey(kind.bodyKey())).as(kind + " body " + locale).isTrue();
                }
            }
        }
    }

    @Test
    void aMailInEnglishSaysWhatHappenedWhyAndHowToStopIt() {
        Rendered mail = MailTexts.render(MailKind.MILESTONE_OVERDUE, new Recipient(1L, "a@b.mx", "Ana <b>", "en"),
                "https://cocrea.example/stl/milestone?id=4", "https://cocrea.example/mail/unsubscribe?t=x",
                "Open <data>", "Sonora", "Budget", LocalDate.of(2026, 11, 30), 2);
        assertThat(mail.subject()).isEqualTo("Milestone overdue: Open <data>");
        assertThat(mail.text()).contains("Hello Ana <b>,", "\"Open <data>\"", "was due on 30/11/2026 (2 days ago)",
                "https://cocrea.example/stl/milestone?id=4", "secretariat of Sonora",
                "Stop mails of this kind: https://cocrea.example/mail/unsubscribe?t=x");
        assertThat(mail.html()).contains("Open &lt;data&gt;", "Ana &lt;b&gt;", "href=\"https://cocrea.example/mail/unsubscribe?t=x\"",
                "lang=\"en\"").doesNotContain("<data>", "<b>");
    }

    @Test
    void spanishIsTheDefaultAndPluralsAgree() {
        Recipient nobodyChose = new Recipient(1L, "a@b.mx", "Ana", null);
        Rendered one = MailTexts.render(MailKind.AGREEMENT_OVERDUE, nobodyChose, null, null, "Publicar", "Zacatecas", "Sesión 1",
                LocalDate.of(2026, 12, 1), 1);
        assertThat(one.text()).contains("Hola, Ana:", "hace 1 día)").doesNotContain("Abrir en Cocrea", "No recibir");
        Rendered many = MailTexts.render(MailKind.AGREEMENT_OVERDUE, nobodyChose, null, null, "Publicar", "Zacatecas", "Sesión 1",
                LocalDate.of(2026, 11, 1), 31);
        assertThat(many.text()).contains("hace 31 días");
    }

    @Test
    void theAssessmentsWaitingAreCountedInBothLanguages() {
        Recipient es = new Recipient(1L, "a@b.mx", "Ana", "es");
        Recipient en = new Recipient(1L, "a@b.mx", "Ana", "en");
        assertThat(MailTexts.render(MailKind.ASSESSMENT_WAITING, es, null, null, "Plan 1", "Sonora", 1L, 0L).text())
                .contains("Espera una evaluación de diseño; las encuentra");
        assertThat(MailTexts.render(MailKind.ASSESSMENT_WAITING, es, null, null, "Plan 1", "Sonora", 3L, 2L).text())
                .contains("Esperan 3 evaluaciones de diseño y 2 de resultados;");
        assertThat(MailTexts.render(MailKind.ASSESSMENT_WAITING, en, null, null, "Plan 1", "Sonora", 0L, 1L).text())
                .contains("No design assessment waits and one results assessment;");
        assertThat(MailTexts.render(MailKind.FOLLOW_RESULT, en, null, null, "Datos", "Sonora", 2).text())
                .contains("The design and results assessments of the commitment \"Datos\" were published");
    }
}
