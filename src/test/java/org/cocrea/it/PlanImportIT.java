package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.actor.ActorService;
import org.cocrea.actor.ActorType;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.milestone.ActivityStatus;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneActivity;
import org.cocrea.milestone.MilestoneActivityService;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.opendata.Format;
import org.cocrea.opendata.ImportFiles;
import org.cocrea.opendata.ImportJobs;
import org.cocrea.opendata.ImportPreview;
import org.cocrea.opendata.ImportProblem;
import org.cocrea.opendata.ImportRefusedException;
import org.cocrea.opendata.JsonSource;
import org.cocrea.opendata.OpenDataExport;
import org.cocrea.opendata.PlanFile;
import org.cocrea.opendata.PlanFileParser;
import org.cocrea.opendata.PlanImport;
import org.cocrea.opendata.Scope;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.JobStatus;
import org.cocrea.shared.Steps;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import of a plan (issue 14) through the real services: the round trip (a plan exported,
 * imported into another state, published and exported again reads the same but for its ids), the
 * actors proposed and created only when ticked, the dry run that writes nothing, all or nothing,
 * and the wrong side (another state's secretariat, a responsible actor) refused.
 */
@ExtendWith(ArquillianExtension.class)
class PlanImportIT {

    /** What differs between two exports of the same content: ids, where it lives, when it was published. */
    private static final Set<String> IDS = Set.of("commitmentId", "planId", "stateCode", "publishedAt", "budgetLineId",
            "milestoneId", "activityId");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private OpenDataExport export;
    @Inject private PlanImport imports;
    @Inject private CommitmentService commitments;
    @Inject private PlanService plans;
    @Inject private ActorService actors;
    @Inject private MilestoneService milestones;
    @Inject private MilestoneActivityService activities;
    @Inject private ReportService reports;
    @Inject private ImportJobs importJobs;

    @ArquillianResource
    private URL base;

    private byte[] exportPlan(long planId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(Format.JSON, Scope.plan(planId), "https://cocrea.example.org", out);
        return out.toByteArray();
    }

    private static PlanFile read(byte[] json) {
        return PlanFileParser.parse(JsonSource.read(new ByteArrayInputStream(json)));
    }

    private static PlanFile read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The imported tables of an export, each row without its ids. */
    private static Map<String, List<JsonObject>> content(byte[] json) {
        JsonObject root = Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8))).readObject();
        return Map.of("commitments", withoutIds(root.getJsonArray("commitments")),
                "budget", withoutIds(root.getJsonArray("budget")),
                "milestones", withoutIds(root.getJsonArray("milestones")),
                "activities", withoutIds(root.getJsonArray("activities")));
    }

    private static List<JsonObject> withoutIds(JsonArray rows) {
        return rows.stream().map(JsonValue::asJsonObject).map(row -> {
            var copy = Json.createObjectBuilder(row);
            IDS.forEach(copy::remove);
            return copy.build();
        }).toList();
    }

    /** A published plan of a new state, exported and read as a file, and another new state to import it into. */
    private record Exported(World source, PlanFile file, World target) {
    }

    private Exported exportedToANewState() throws Exception {
        World source = scenario.newState();
        scenario.publish(source);
        return new Exported(source, read(exportPlan(source.planId())), scenario.newState());
    }

    /** The actors a plan exported from {@code source} names, ticked for creation with their types. */
    private static Map<String, ActorType> newActorsOf(World source) {
        return Map.of("Secretaría de la Contraloría " + source.code(), ActorType.GOVERNMENT_AGENCY,
                "Observatorio Ciudadano " + source.code(), ActorType.CSO);
    }

    private long commitmentsOf(World world) {
        actAs(world.secretariat());
        return commitments.ofPlanForSecretariat(world.planId()).size();
    }

    /**
     * The scenario's world published with follow-up of every kind: its milestone in progress at 40 %
     * (a report) with a done and a pending activity, one more complete with a reason, one not started
     * with an activity in progress.
     */
    private World publishedWithFollowUp() {
        World source = scenario.newState();
        LocalDate today = scenario.today(source);
        actAs(source.secretariat());
        MilestoneActivity done = MilestoneActivity.of("Depurar la base de compras", LocalDate.of(2025, 4, 1), today);
        done.setStatus(ActivityStatus.DONE);
        activities.add(source.milestoneId(), done, source.cso());
        activities.add(source.milestoneId(), MilestoneActivity.of("Publicar el tablero", today, today.plusMonths(6)), source.government());
        long complete = milestones.create(source.commitmentId(), milestone("Instalar la mesa de seguimiento",
                LocalDate.of(2025, 3, 15), LocalDate.of(2025, 12, 31)), List.of(source.government())).getId();
        long later = milestones.create(source.commitmentId(), milestone("Evaluar el primer año", today.plusMonths(1), today.plusMonths(3)),
                List.of(source.cso())).getId();
        MilestoneActivity started = MilestoneActivity.of("Diseñar la encuesta", today.plusMonths(1), today.plusMonths(2));
        started.setStatus(ActivityStatus.IN_PROGRESS);
        activities.add(later, started, source.cso());
        scenario.publish(source);
        milestones.moveTo(complete, MilestoneStatus.IN_PROGRESS);
        milestones.moveTo(complete, MilestoneStatus.COMPLETE, "Instalada con el acta firmada.");
        actAs(source.csoMember());
        ProgressReport report = ProgressReport.draft(today);
        report.setNarrative("Primer corte publicado");
        report.setPercent(40);
        reports.submit(source.milestoneId(), report, List.of(), List.of());
        return source;
    }

    private static Milestone milestone(String title, LocalDate start, LocalDate end) {
        Milestone milestone = Milestone.blank();
        milestone.setTitle(title);
        milestone.setStartDate(start);
        milestone.setEndDate(end);
        return milestone;
    }

    @Test
    void aPlanExportedImportedIntoAnotherStateAndExportedAgainReadsTheSameButItsIds() throws Exception {
        World source = publishedWithFollowUp();
        byte[] first = exportPlan(source.planId());
        assertThat(content(first).get("milestones")).extracting(m -> m.getString("status") + " " + m.getInt("progress"))
                .containsExactly("IN_PROGRESS 40", "COMPLETE 100", "NOT_STARTED 0");
        assertThat(content(first).get("activities")).extracting(a -> a.getString("status"))
                .containsExactly("DONE", "PENDING", "IN_PROGRESS");
        PlanFile file = read(first);
        assertThat(file.problems()).isEmpty();

        World target = scenario.newState();
        actAs(target.secretariat());
        ImportPreview preview = imports.preview(target.planId(), file, Map.of());
        String lead = "Secretaría de la Contraloría " + source.code();
        String cso = "Observatorio Ciudadano " + source.code();
        assertThat(preview.unknownActors()).extracting(ImportPreview.ActorMatch::name).containsExactly(lead, cso);
        assertThat(preview.unknownActors()).extracting(ImportPreview.ActorMatch::proposedType)
                .containsExactly(ActorType.GOVERNMENT_AGENCY, ActorType.CSO);
        assertThat(preview.problems()).extracting(ImportProblem::key).containsOnly("import.actor.notInMap");
        assertThrows(ImportRefusedException.class, () -> imports.run(target.planId(), file, Map.of()));
        assertThat(commitmentsOf(target)).isEqualTo(1);
        assertThat(actors.countOfState(target.stateId())).isEqualTo(4);

        Map<String, ActorType> tick = Map.of(lead, ActorType.GOVERNMENT_AGENCY, cso, ActorType.CSO);
        assertThat(imports.preview(target.planId(), file, tick).isReady()).isTrue();
        PlanImport.ImportResult result = imports.run(target.planId(), file, tick);
        assertThat(result).isEqualTo(new PlanImport.ImportResult(1, 3, 2, 3));
        assertThat(actors.countOfState(target.stateId())).isEqualTo(6);
        Commitment imported = commitments.ofPlanForSecretariat(target.planId()).stream()
                .filter(c -> c.getTitle().equals("Transparentar el gasto en medicamentos " + source.code())).findFirst().orElseThrow();
        assertThat(imported.getStatus().name()).isEqualTo("DRAFT");
        assertThat(commitments.auditTrail(imported.getId(), 0, 20)).extracting(e -> e.getAction()).contains("CREATE", "IMPORT", "BUDGET");
        // the status and progress in the file, as the milestone's rules take them, on the record as imported
        assertThat(commitments.auditTrail(imported.getId(), 0, 50)).filteredOn(e -> e.getAction().equals("IMPORT"))
                .extracting(e -> e.getEntityType()).contains("Milestone", "ProgressReport");
        actAs(target.secretariat());
        List<Milestone> importedMilestones = milestones.ofCommitment(imported.getId());
        assertThat(importedMilestones).extracting(m -> m.getStatus() + " " + m.progress().rounded())
                .containsExactly("COMPLETE 100", "IN_PROGRESS 40", "NOT_STARTED 0");
        Milestone inProgress = importedMilestones.get(1);
        assertThat(reports.ofMilestone(inProgress.getId())).singleElement()
                .satisfies(r -> assertThat(r.getNarrative()).isEqualTo("Avance importado de un archivo: 40 %."));

        scenario.publishCommitment(imported.getId());
        plans.publish(target.planId());
        assertThat(content(exportPlan(target.planId()))).isEqualTo(content(first));
    }

    @Test
    void problemsOfThePlanAreFoundInTheDryRunAndNothingIsSaved() throws Exception {
        World source = scenario.newState();
        scenario.publish(source);
        String json = new String(exportPlan(source.planId()), StandardCharsets.UTF_8);
        World target = scenario.newState();
        // the same actors' names as the target's map (and its commitment's title), and a start far before the plan's cycle
        String mine = json.replace(" " + source.code(), " " + target.code()).replace("\"2025-03-01\"", "\"2001-03-01\"");
        PlanFile file = read(mine);
        actAs(target.secretariat());
        ImportPreview preview = imports.preview(target.planId(), file, Map.of());
        assertThat(preview.unknownActors()).isEmpty();
        assertThat(preview.problems()).extracting(p -> p.where().table() + "." + p.where().column())
                .containsExactlyInAnyOrder("commitments.title", "commitments.startDate");
        assertThrows(ImportRefusedException.class, () -> imports.run(target.planId(), file, Map.of()));
        assertThat(commitmentsOf(target)).isEqualTo(1);
    }

    @Test
    void anActivityOutsideItsMilestoneAndAProgressThatContradictsItsStatusAreProblemsAtTheirRowsAndAVerifiedOneComesInComplete()
            throws Exception {
        World source = publishedWithFollowUp();
        String json = new String(exportPlan(source.planId()), StandardCharsets.UTF_8);
        World target = scenario.newState();
        // the target's own actors; the commitment keeps its title (the target's own is another)
        String mine = json.replace("Secretaría de la Contraloría " + source.code(), "Secretaría de la Contraloría " + target.code())
                .replace("Observatorio Ciudadano " + source.code(), "Observatorio Ciudadano " + target.code());
        String broken = mine.replaceAll("(?<head>\"title\":\"Dise[^\"]*encuesta\",\"startDate\":\")[0-9-]+", "${head}2025-01-02")
                .replace("\"status\":\"COMPLETE\",\"progress\":100", "\"status\":\"COMPLETE\",\"progress\":50");
        actAs(target.secretariat());
        ImportPreview preview = imports.preview(target.planId(), read(broken), Map.of());
        assertThat(preview.problems()).extracting(p -> p.where().table() + "[" + p.where().row() + "]." + p.where().column() + " " + p.key())
                .containsExactlyInAnyOrder("activities[2].startDate activity.dates.outsideMilestone", "milestones[1].progress import.progress.status");
        ImportProblem outside = preview.problems().stream().filter(p -> p.where().table().equals("activities")).findFirst().orElseThrow();
        assertThat(org.cocrea.shared.BundleText.of(java.util.Locale.forLanguageTag("es"), outside.key(), outside.arguments().toArray()))
                .startsWith("Las fechas de la actividad deben caer dentro de las del hito (");
        assertThat(org.cocrea.shared.BundleText.of(java.util.Locale.ENGLISH, outside.key(), outside.arguments().toArray()))
                .startsWith("The activity's dates must lie within the milestone's (");
        assertThrows(ImportRefusedException.class, () -> imports.run(target.planId(), read(broken), Map.of()));
        assertThat(commitmentsOf(target)).isEqualTo(1);

        // verified in the file: complete in Cocrea, waiting for its sign-offs, the reason saying so
        String verified = mine.replace("\"status\":\"COMPLETE\"", "\"status\":\"VERIFIED\"");
        actAs(target.secretariat());
        assertThat(imports.run(target.planId(), read(verified), Map.of()).activities()).isEqualTo(3);
        Commitment imported = commitments.ofPlanForSecretariat(target.planId()).stream()
                .filter(c -> c.getTitle().equals("Transparentar el gasto en medicamentos " + source.code())).findFirst().orElseThrow();
        Milestone complete = milestones.ofCommitment(imported.getId()).get(0);
        assertThat(complete.getStatus()).isEqualTo(MilestoneStatus.COMPLETE);
        assertThat(complete.getCompletionReason()).startsWith("El archivo lo reporta verificado").endsWith("Instalada con el acta firmada.");
    }

    @Test
    void theWrongSideIsRefusedAndTamperedActorsToo() throws Exception {
        Exported exported = exportedToANewState();
        PlanFile file = exported.file();
        World target = exported.target();
        Map<String, ActorType> tick = newActorsOf(exported.source());
        World other = scenario.newState();
        for (String outsider : List.of(other.secretariat(), target.csoMember(), target.agencyMember(), target.evaluator())) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> imports.preview(target.planId(), file, Map.of()), outsider);
            assertThrows(AccessDeniedException.class, () -> imports.run(target.planId(), file, tick), outsider);
        }
        actAs(target.secretariat());
        assertThrows(DomainException.class, () -> imports.run(target.planId(), file,
                Map.of("Secretaría de la Contraloría " + target.code(), ActorType.GOVERNMENT_AGENCY)));
        assertThrows(DomainException.class, () -> imports.run(target.planId(), file,
                Map.of("Secretaría de la Contraloría " + exported.source().code(), ActorType.GOVERNMENT_AGENCY, "Un actor inventado", ActorType.CSO)));
        assertThat(commitmentsOf(target)).isEqualTo(1);
        assertThat(actors.countOfState(target.stateId())).isEqualTo(4);
    }

    @Test
    void theSecretariatChecksAFileSeesItsProblemsFixesItAndImportsThroughThePage() throws Exception {
        World source = scenario.newState();
        scenario.publish(source);
        String json = new String(exportPlan(source.planId()), StandardCharsets.UTF_8);
        World target = scenario.newState();
        // the target's own actors, a new title with a script in it, then a status and a value that do not exist
        String fixed = json.replace(" " + source.code(), " " + target.code())
                .replace("Transparentar el gasto", "<script>alert(1)</script> Publicar el gasto")
                .replace("\"activities\":[]", "\"activities\":[" + activity(source, target, "2025-05-01") + "]");
        String broken = fixed.replace("\"status\":\"NOT_STARTED\"", "\"status\":\"EN_CURSO\"")
                .replace("[\"TRANSPARENCY\"]", "[\"TRANSPARENCIA\"]");
        String path = "stl/import?plan=" + target.planId();

        PageClient secretariat = new PageClient(base);
        assertThat(secretariat.signIn(target.secretariat(), Scenario.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(secretariat.page("stl/plan?id=" + target.planId()).body()).contains("stl/import?plan=" + target.planId());
        HttpResponse<String> checked = secretariat.upload(path, "fileForm", Map.of("check", ""), "plan.json",
                broken.getBytes(StandardCharsets.UTF_8));
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("2 problemas", "milestones[0], columna «status»", "«EN_CURSO» no es un valor permitido",
                        "commitments[0], columna «values»", "«TRANSPARENCIA» no es un valor permitido")
                .doesNotContain("id=\"previewForm:run\"");
        assertThat(commitmentsOf(target)).isEqualTo(1);

        checked = secretariat.upload(path, "fileForm", Map.of("check", ""), "plan.json", fixed.getBytes(StandardCharsets.UTF_8));
        assertThat(checked.body()).contains("El archivo no tiene problemas", "1 compromiso con 1 hito", "1 actividad",
                        "&lt;script&gt;alert(1)&lt;/script&gt; Publicar el gasto")
                .doesNotContain("<script>alert(1)");
        // the import runs in the background: the page polls it, then goes to the plan
        Map<String, String> form = PageClient.fieldsOf(path, checked.body(), "previewForm", Map.of());
        HttpResponse<String> imported = secretariat.ajax(path, form, "previewForm:run", "previewForm", "previewForm");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).doesNotContain("\tat ", "Caused by", "java.lang.");
        String done = secretariat.pollUntil(path, form, "previewForm", imported.body(), "<redirect");
        assertThat(done).contains("stl/plan?id=" + target.planId());
        assertThat(commitmentsOf(target)).isEqualTo(2);
        assertThat(secretariat.page("stl/plan?id=" + target.planId()).body()).contains("Se creó 1 compromiso con 1 hito");

        World other = scenario.newState();
        PageClient outsider = new PageClient(base);
        outsider.signIn(other.secretariat(), Scenario.PASSWORD);
        assertThat(outsider.page(path).statusCode()).isIn(403, 404);
        PageClient cso = new PageClient(base);
        cso.signIn(target.csoMember(), Scenario.PASSWORD);
        assertThat(cso.page(path).statusCode()).isIn(403, 404);
        assertThat(new PageClient(base).page(path).statusCode()).isIn(302, 401, 403);
    }

    @Test
    void theTemplateOfTheImportPageInThePersonsLanguageFilledInPassesTheDryRun() throws Exception {
        World target = scenario.newState();
        PageClient secretariat = new PageClient(base);
        secretariat.signIn(target.secretariat(), Scenario.PASSWORD);
        assertThat(secretariat.page("stl/import?plan=" + target.planId()).body())
                .contains("stl/import-template.xlsx", "Descargar la plantilla XLSX");
        HttpResponse<byte[]> template = secretariat.download("stl/import-template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElseThrow()).startsWith(Format.XLSX.mediaType());
        assertThat(template.headers().firstValue("Content-Disposition").orElseThrow()).contains("cocrea-plantilla-importacion.xlsx");
        assertThat(ImportFiles.read("plantilla.xlsx", template.body()).problems()).extracting(p -> p.key()).containsExactly("import.empty");

        String code = target.code();
        byte[] filled = filled(template.body(), Map.of(
                "problem", List.of("1", "Compras abiertas " + code, "Opacidad en compras", "Publicar las compras", "Tablero de compras",
                        "TRANSPARENCY", "Secretaría de la Contraloría " + code, "Observatorio Ciudadano " + code, "15/03/2026", "2026-12-31"),
                "fiscalYear", List.of("1", "2026", "1500000.50", "900000"),
                "deliverable", List.of("1", "Primer corte " + code, "2026-04-01", "30/06/2026", "2", "IN_PROGRESS", "40",
                        "Observatorio Ciudadano " + code)),
                Map.of("problem", List.of("commitmentId", "title", "problem", "objective", "description", "values", "leadInstitution",
                                "coResponsibles", "startDate", "endDate"),
                        "fiscalYear", List.of("commitmentId", "fiscalYear", "approved", "spent"),
                        "deliverable", List.of("commitmentId", "title", "startDate", "endDate", "weight", "status", "progress", "responsibles")));
        PlanFile file = ImportFiles.read("plantilla.xlsx", filled);
        assertThat(file.problems()).isEmpty();
        actAs(target.secretariat());
        ImportPreview preview = imports.preview(target.planId(), file, Map.of());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.isReady()).isTrue();
        assertThat(commitmentsOf(target)).isEqualTo(1); // a dry run

        assertThat(secretariat.page("stl/import?plan=" + target.planId() + "&lang=en").statusCode()).isEqualTo(302);
        assertThat(secretariat.download("stl/import-template.xlsx").headers().firstValue("Content-Disposition").orElseThrow())
                .contains("cocrea-import-template.xlsx");
        PageClient cso = new PageClient(base);
        cso.signIn(target.csoMember(), Scenario.PASSWORD);
        assertThat(cso.download("stl/import-template.xlsx").statusCode()).isEqualTo(403);
        assertThat(new PageClient(base).download("stl/import-template.xlsx").statusCode()).isIn(302, 401, 403);
    }

    /**
     * The template with a second row typed in each sheet, as text cells: the sheet is the one whose
     * header holds the key's column, the row's values go under {@code columns} (by the header's order).
     */
    private static byte[] filled(byte[] template, Map<String, List<String>> rows, Map<String, List<String>> columns) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // read through the central directory: fastexcel's entries carry their sizes only there
        java.nio.file.Path file = java.nio.file.Files.createTempFile("template", ".xlsx");
        java.nio.file.Files.write(file, template);
        try (var in = new java.util.zip.ZipFile(file.toFile()); var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry : java.util.Collections.list(in.entries())) {
                String xml = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    String header = xml.substring(xml.indexOf("<row r=\"1\""), xml.indexOf("</row>") + 6);
                    List<String> names = new java.util.ArrayList<>();
                    var cell = java.util.regex.Pattern.compile("<t>([^<]*)</t>").matcher(header);
                    while (cell.find()) {
                        names.add(cell.group(1));
                    }
                    for (String key : rows.keySet()) {
                        if (names.contains(key)) {
                            StringBuilder row = new StringBuilder("<row r=\"2\">");
                            for (int i = 0; i < columns.get(key).size(); i++) {
                                String ref = ((char) ('A' + names.indexOf(columns.get(key).get(i)))) + "2";
                                row.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(rows.get(key).get(i))
                                        .append("</t></is></c>");
                            }
                            xml = xml.replace("</sheetData>", row + "</row></sheetData>");
                        }
                    }
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(xml.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        return out.toByteArray();
    }

    /** An activity row of the source's milestone, done, by the target's CSO, starting on {@code start} as the file writes it. */
    private static String activity(World source, World target, String start) {
        return "{\"activityId\":1,\"milestoneId\":" + source.milestoneId() + ",\"title\":\"Depurar la base de compras\",\"startDate\":\""
                + start + "\",\"endDate\":\"2025-06-01\",\"responsible\":\"Observatorio Ciudadano " + target.code() + "\",\"status\":\"DONE\"}";
    }

    private List<JobStatus> untilFinished(JobStatus started) throws InterruptedException {
        return org.cocrea.support.Jobs.untilFinished(started, importJobs::status);
    }

    @Test
    void inTheBackgroundTheImportCountsItsCommitmentsIsRefusedWholeAndIsSeenOnlyByItsSecretariatAndMayPublish() throws Exception {
        Exported exported = exportedToANewState();
        PlanFile file = exported.file();
        World target = exported.target();
        Map<String, ActorType> tick = newActorsOf(exported.source());
        World other = scenario.newState();
        actAs(target.secretariat());
        // without the actors ticked the import is refused when it runs: a bundle message, nothing saved
        JobStatus first = importJobs.start(target.planId(), file, Map.of(), false);
        List<JobStatus> refused = untilFinished(first);
        JobStatus failed = refused.get(refused.size() - 1);
        assertThat(failed.isFailed()).isTrue();
        assertThat(failed.messageKey()).isEqualTo("import.refused");
        assertThat(failed.messageArguments()).containsExactly(imports.preview(target.planId(), file, Map.of()).problems().size());
        assertThat(commitmentsOf(target)).isEqualTo(1);
        JobStatus publishing = importJobs.start(target.planId(), file, Map.of(), true);
        assertThat(publishing.id()).as("with and without publishing: two imports").isNotEqualTo(first.id());
        assertThat(untilFinished(publishing)).last().satisfies(j -> assertThat(j.messageKey()).isEqualTo("import.refused"));

        // to publish, the commitment needs a CSO co-responsible: told at its row by the dry run, in the person's language
        Map<String, ActorType> noCso = Map.of("Secretaría de la Contraloría " + exported.source().code(), ActorType.GOVERNMENT_AGENCY,
                "Observatorio Ciudadano " + exported.source().code(), ActorType.ACADEMIA);
        assertThat(imports.preview(target.planId(), file, noCso, false).isReady()).isTrue();
        ImportPreview unpublishable = imports.preview(target.planId(), file, noCso, true);
        assertThat(unpublishable.problems()).extracting(p -> p.where().table() + "[" + p.where().row() + "]." + p.where().column() + " " + p.key())
                .containsExactly("commitments[0].coResponsibles import.publish.noCso");
        ImportProblem noCsoProblem = unpublishable.problems().get(0);
        assertThat(org.cocrea.shared.BundleText.of(java.util.Locale.forLanguageTag("es"), noCsoProblem.key()))
                .contains("al menos una OSC corresponsable");
        assertThat(org.cocrea.shared.BundleText.of(java.util.Locale.ENGLISH, noCsoProblem.key())).contains("at least one CSO co-responsible");
        assertThrows(ImportRefusedException.class, () -> imports.run(target.planId(), file, noCso, true, new Steps()));
        assertThat(commitmentsOf(target)).isEqualTo(1);
        assertThat(actors.countOfState(target.stateId())).isEqualTo(4);

        JobStatus started = importJobs.start(target.planId(), file, tick, true);
        assertThat(importJobs.start(target.planId(), file, tick, true).id()).as("the same import asked twice runs once").isEqualTo(started.id());
        List<JobStatus> seen = untilFinished(started);
        JobStatus done = seen.get(seen.size() - 1);
        assertThat(done.isReady()).as(String.valueOf(done)).isTrue();
        assertThat(seen).extracting(JobStatus::done).isSorted();
        assertThat(done.done()).isEqualTo(done.total()).isEqualTo(1);
        assertThat(importJobs.result(started.id())).isEqualTo(new PlanImport.ImportResult(1, 1, 2, 0));
        assertThat(commitmentsOf(target)).isEqualTo(2);
        // published through the publication path: its audit, and the public reads it once the plan is published
        Commitment imported = commitments.ofPlanForSecretariat(target.planId()).stream()
                .filter(c -> c.getTitle().equals("Transparentar el gasto en medicamentos " + exported.source().code())).findFirst().orElseThrow();
        assertThat(imported.getStatus().name()).isEqualTo("PUBLISHED");
        assertThat(commitments.auditTrail(imported.getId(), 0, 50)).extracting(e -> e.getAction()).contains("IMPORT", "PUBLISH");
        plans.publish(target.planId());
        HttpResponse<String> page = new PageClient(base).page("commitment?id=" + imported.getId());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Transparentar el gasto en medicamentos " + exported.source().code());

        for (String outsider : java.util.Arrays.asList(other.secretariat(), target.csoMember(), target.agencyMember(), null)) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> importJobs.status(started.id()), outsider);
            assertThrows(AccessDeniedException.class, () -> importJobs.result(started.id()), outsider);
            assertThrows(AccessDeniedException.class, () -> importJobs.start(target.planId(), file, tick, true), outsider);
        }
    }

    @Test
    void aFailureAtTheLastCommitmentUndoesTheWholeImport() throws Exception {
        Exported exported = exportedToANewState();
        Map<String, ActorType> tick = newActorsOf(exported.source());
        PlanFile file = exported.file();
        World target = exported.target();
        // fails once the last commitment, its money and milestones, and the new actors were written in the transaction
        Steps lastFails = new Steps() {
            @Override
            public void step() {
                super.step();
                if (done() == total()) {
                    throw new DomainException("jobs.failed");
                }
            }
        };
        actAs(target.secretariat());
        assertThrows(DomainException.class, () -> imports.run(target.planId(), file, tick, true, lastFails));
        assertThat(lastFails.done()).isEqualTo(1);
        assertThat(commitmentsOf(target)).isEqualTo(1);
        assertThat(actors.countOfState(target.stateId())).isEqualTo(4);
    }

    private static void collect(List<String> wrong, Runnable check) {
        try {
            check.run();
        } catch (AssertionError failed) {
            wrong.add(failed.getMessage());
        }
    }

    /** The form the file is chosen in, as the page shows it after a post: where a message beside the field stands. */
    private static String fileForm(String html) {
        int start = html.indexOf("<form id=\"fileForm\"");
        assertThat(start).as("the file's form").isNotNegative();
        return html.substring(start, html.indexOf("</form>", start)).replace("&quot;", "\"");
    }

    @Test
    void inEnglishTooTheProblemsAreShownAndABadOrTamperedUploadIsToldBesideTheField() throws Exception {
        World source = scenario.newState();
        scenario.publish(source);
        String json = new String(exportPlan(source.planId()), StandardCharsets.UTF_8);
        World target = scenario.newState();
        String broken = json.replace(" " + source.code(), " " + target.code())
                .replace("\"status\":\"NOT_STARTED\"", "\"status\":\"EN_CURSO\"").replace("[\"TRANSPARENCY\"]", "[\"TRANSPARENCIA\"]")
                .replace("\"activities\":[]", "\"activities\":[" + activity(source, target, "31/02/2026") + "]");
        String path = "stl/import?plan=" + target.planId();

        PageClient secretariat = new PageClient(base);
        assertThat(secretariat.signIn(target.secretariat(), Scenario.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(secretariat.page(path + "&lang=en").statusCode()).isEqualTo(302);
        HttpResponse<String> checked = secretariat.upload(path, "fileForm", Map.of("check", ""), "plan.json",
                broken.getBytes(StandardCharsets.UTF_8));
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body().replace("&quot;", "\"")).contains("lang=\"en\"", "Import commitments", "3 problems: fix them in the file",
                "activities[0], column \"startDate\"", "\"31/02/2026\" is not a valid date",
                "milestones[0], column \"status\"", "\"EN_CURSO\" is not an allowed value",
                "commitments[0], column \"values\"", "\"TRANSPARENCIA\" is not an allowed value")
                .doesNotContain("id=\"previewForm:run\"", "has no commitment with the identifier");

        // what cannot be read as a plan at all, or no file: a message beside the field, no preview, never a server error
        Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        bad.put("plan.exe", "MZ\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1));
        bad.put("plan.json", "{\"commitments\": [".getBytes(StandardCharsets.UTF_8));
        bad.put("plan.xlsx", "PK not really a workbook".getBytes(StandardCharsets.UTF_8));
        bad.put("", new byte[0]);
        Map<String, String> told = Map.of("plan.exe", "Upload a .json, .xlsx or .csv file.", "plan.json", "This is not valid JSON.",
                "plan.xlsx", "This is not a readable XLSX workbook.", "", "The file is empty.");
        // every refusal is looked at before the test fails (AssertJ's soft assertions need Byte Buddy, not in the deployment)
        List<String> wrong = new java.util.ArrayList<>();
        for (var upload : bad.entrySet()) {
            HttpResponse<String> answer = secretariat.upload(path, "fileForm", Map.of("check", ""), upload.getKey(), upload.getValue());
            String what = "«" + upload.getKey() + "»";
            collect(wrong, () -> assertThat(answer.statusCode()).as(what).isEqualTo(200));
            collect(wrong, () -> assertThat(answer.body()).as(what).doesNotContain("\tat ", "Caused by", "java.lang.", "id=\"previewForm\""));
            collect(wrong, () -> assertThat(fileForm(answer.body())).as(what).contains("ui-message-error", told.get(upload.getKey())));
        }
        // a tampered file name (a path, markup): refused beside the field or read by its name alone, never shown as markup
        for (String name : List.of("../../../../etc/plan.json", "<img src=x onerror=alert(1)>.json")) {
            HttpResponse<String> answer = secretariat.upload(path, "fileForm", Map.of("check", ""), name, broken.getBytes(StandardCharsets.UTF_8));
            collect(wrong, () -> assertThat(answer.statusCode()).as(name).isIn(200, 400));
            collect(wrong, () -> assertThat(answer.body()).as(name).doesNotContain("\tat ", "Caused by", "java.lang.", "<img src=x"));
            if (answer.statusCode() == 200 && !answer.body().contains("id=\"problemsTitle\"")) {
                collect(wrong, () -> assertThat(fileForm(answer.body())).as(name).contains("ui-message-error"));
            }
        }
        assertThat(wrong).as("refusals not told beside the field").isEmpty();
        assertThat(commitmentsOf(target)).isEqualTo(1);
    }
}
