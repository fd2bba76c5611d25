package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.cocrea.plan.Phase;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.systematization.LearningSource;
import org.cocrea.systematization.Lesson;
import org.cocrea.systematization.LessonService;
import org.cocrea.systematization.ReportFacts;
import org.cocrea.systematization.ReportService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report's facts gathered from a real plan, through the real services: the figures the test
 * put in come out (the PDF drawing of them is ReportPdfTest's), only public lessons, only for the
 * plan's own secretariat.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private ReportService reports;
    @Inject private LessonService lessons;

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    private Lesson lesson(String tried, boolean visible) {
        Lesson form = Lesson.blank();
        form.setPhase(Phase.IDENTIFICATION);
        form.setTried(tried);
        form.setHappened("Pasó algo.");
        form.setChanged("Cambiamos algo.");
        form.setLearnedOn(scenario.today(here).minusDays(1));
        form.setSourceArray(new LearningSource[] {LearningSource.LOCAL_POLITICS});
        form.setVisibleToPublic(visible);
        return form;
    }

    @Test
    void theFactsAreThePlansAndOnlyPublicLessonsEnterTheReport() {
        actAs(here.secretariat());
        lessons.create(here.planId(), lesson("Mesas por colonia", true), List.of());
        lessons.create(here.planId(), lesson("Nota interna del secretariado", false), List.of());

        ReportFacts facts = reports.facts(here.planId());
        assertThat(facts.context().stateName()).isEqualTo("Estado de prueba " + here.code());
        // the scenario's state has two government agencies (contraloría, institute), one CSO and one university
        assertThat(facts.actorsBySector()).extracting(ReportFacts.Count::key, ReportFacts.Count::count)
                .contains(org.assertj.core.groups.Tuple.tuple("sector.CIVIL_SOCIETY", 1L),
                        org.assertj.core.groups.Tuple.tuple("sector.ACADEMIA", 1L));
        assertThat(facts.phases()).hasSize(6);
        // the report is made to be published: a commitment enters it only once it is public
        assertThat(facts.commitments()).isEmpty();
        assertThat(facts.lessons()).isEmpty();
        scenario.publish(here);
        actAs(here.secretariat());
        facts = reports.facts(here.planId());
        assertThat(facts.commitments()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Transparentar el gasto en medicamentos " + here.code());
            assertThat(c.milestones()).isEqualTo(1);
            assertThat(c.verified()).isZero();
            assertThat(c.money()).singleElement().satisfies(m -> {
                assertThat(m.fiscalYear()).isEqualTo(2025);
                assertThat(m.approved()).isEqualByComparingTo(new BigDecimal("12500000.00"));
                assertThat(m.spent()).isEqualByComparingTo(new BigDecimal("9750000.50"));
            });
        });
        // lessons reach the report only public (and the plan published, as the public reads them)
        assertThat(reports.facts(here.planId()).lessons()).extracting(ReportFacts.LessonRow::tried)
                .containsExactly("Mesas por colonia");

        byte[] pdf = reports.generate(here.planId(), Locale.forLanguageTag("es-MX"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void anotherStateAndThePublicGetNoReport() {
        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> reports.facts(here.planId()));
        assertThrows(AccessDeniedException.class, () -> reports.generate(here.planId(), Locale.ENGLISH));
        actAs(here.csoMember());
        assertThrows(AccessDeniedException.class, () -> reports.facts(here.planId()));
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> reports.generate(here.planId(), Locale.ENGLISH));
    }

    @Test
    void aPublishedEditionIsFrozenHashedNumberedAndPublic() throws Exception {
        actAs(here.secretariat());
        org.cocrea.shared.DomainException draft = assertThrows(org.cocrea.shared.DomainException.class,
                () -> reports.publish(here.planId(), Locale.ENGLISH));
        assertEquals("report.publish.planDraft", draft.messageKey());
        reports.writeTexts(here.planId(), "<p>Un año <b>intenso</b><script>alert(1)</script></p>", "<p>Seguimos.</p>");
        assertThat(reports.texts(here.planId()).getForeword()).isEqualTo("<p>Un año <b>intenso</b></p>");
        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> reports.writeTexts(here.planId(), "<p>x</p>", null));

        scenario.publish(here);
        actAs(here.secretariat());
        var first = reports.publish(here.planId(), Locale.forLanguageTag("es-MX"));
        var second = reports.publish(here.planId(), Locale.ENGLISH);
        assertThat(List.of(first.getNumber(), second.getNumber())).containsExactly(1, 2);
        actAs(there.secretariat());
        assertThrows(AccessDeniedException.class, () -> reports.publish(here.planId(), Locale.ENGLISH));

        actAsPublic();
        assertThat(reports.editions(here.planId())).extracting(e -> e.getNumber()).containsExactly(2, 1);
        byte[] pdf = reports.editionPdf(first.getId());
        assertEquals(first.getSha256(), java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(reports.editions(there.planId())).isEmpty();
    }
}
