package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cocrea.file.Upload;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.DomainException;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.cocrea.worksession.WorkSession;
import org.cocrea.worksession.WorkSessionKind;
import org.cocrea.worksession.WorkSessionMode;
import org.cocrea.worksession.WorkSessionService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Dates that make sense and uploaded files under safe names, through the real services (issue 11, items 6 and 10). */
@ExtendWith(ArquillianExtension.class)
class InputRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private PlanService plans;
    @Inject private WorkSessionService sessions;
    @Inject private ReportService reports;

    private World world;

    @BeforeEach
    void aPublishedState() {
        world = scenario.newState();
        scenario.publish(world);
    }

    @Test
    void yearsOneAndNineThousandAreRefusedBesideTheirFields() {
        actAs(world.secretariat());
        ActionPlan plan = ActionPlan.blank();
        plan.setTitle("Plan del año uno");
        plan.setCycleStart(LocalDate.of(1, 1, 1));
        plan.setCycleEnd(LocalDate.of(9999, 12, 31));
        assertEquals("cycleStart", assertThrows(DomainException.class, () -> plans.create(plan)).field());

        WorkSession session = WorkSession.blank();
        session.setTitle("Mesa en el año 9999");
        session.setKind(WorkSessionKind.CO_CREATION);
        session.setMode(WorkSessionMode.IN_PERSON);
        session.setPlace("Sala de juntas");
        session.setHeldOn(LocalDate.of(9999, 1, 1));
        DomainException refused = assertThrows(DomainException.class, () -> sessions.create(world.planId(), session));
        assertEquals("heldOn", refused.field());
        assertEquals("plan.date.outsideCycle", refused.messageKey());
    }

    @Test
    void aReportCannotBeDatedBeforeItsCommitmentBegan() {
        actAs(world.csoMember());
        ProgressReport report = report();
        report.setReportedOn(LocalDate.of(1, 1, 1));
        DomainException refused = assertThrows(DomainException.class, () -> reports.submit(world.milestoneId(), report, List.of(), List.of()));
        assertEquals("reportedOn", refused.field());
        assertEquals("report.date.beforeCommitment", refused.messageKey());
        actAs(world.secretariat());
        assertThat(reports.ofMilestone(world.milestoneId())).isEmpty();
    }

    @Test
    void uploadedFilesAreStoredUnderANameThatSaysWhatTheyAre() {
        actAs(world.csoMember());
        reports.submit(world.milestoneId(), report(), List.of(new Upload("factura\u202Efdp.exe", TestFiles.pdf("factura")),
                new Upload("setup.exe", TestFiles.pdf("instalador"))), List.of());
        actAs(world.secretariat());
        assertThat(reports.ofMilestone(world.milestoneId()).get(0).getEvidence())
                .extracting(e -> e.getStored().getFileName())
                .containsExactlyInAnyOrder("facturafdp.pdf", "setup.pdf");
    }

    @Test
    void htmlNamedAsTextAndADocumentThatUnpacksToAQuarterGigabyteAreRefusedWithNothingSaved() throws IOException {
        actAs(world.csoMember());
        byte[] html = "<html><body><script>alert(1)</script></body></html>\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("evidence.file.typeRejected", assertThrows(DomainException.class, () -> reports.submit(world.milestoneId(),
                report(), List.of(new Upload("notas.txt", html)), List.of())).messageKey());
        byte[] bomb = zipOfZeros(256L * 1024 * 1024); // beyond 20 times the 10 MB limit
        assertThat(bomb.length).isLessThan(1024 * 1024);
        DomainException refused = assertThrows(DomainException.class, () -> reports.submit(world.milestoneId(), report(),
                List.of(new Upload("informe.docx", bomb)), List.of()));
        assertEquals("evidence.file.archiveTooLarge", refused.messageKey());
        assertEquals("file", refused.field());
        actAs(world.secretariat());
        assertThat(reports.ofMilestone(world.milestoneId())).isEmpty();
    }

    private ProgressReport report() {
        ProgressReport report = ProgressReport.draft(scenario.today(world));
        report.setNarrative("Avance con evidencia.");
        report.setPercent(30);
        return report;
    }

    /** A zip with one entry of {@code size} zero bytes: about a thousandth of that once packed. */
    private static byte[] zipOfZeros(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
