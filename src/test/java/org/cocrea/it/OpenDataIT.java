package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.file.Upload;
import org.cocrea.milestone.ActivityStatus;
import org.cocrea.milestone.Milestone;
import org.cocrea.milestone.MilestoneActivity;
import org.cocrea.milestone.MilestoneActivityService;
import org.cocrea.milestone.MilestoneService;
import org.cocrea.milestone.MilestoneStatus;
import org.cocrea.milestone.ProgressReport;
import org.cocrea.milestone.ReportService;
import org.cocrea.milestone.SignOffParty;
import org.cocrea.opendata.DataDictionary;
import org.cocrea.social.AnswerKind;
import org.cocrea.social.ComplaintRoute;
import org.cocrea.social.ComplaintService;
import org.cocrea.social.ConditionService;
import org.cocrea.social.ProgramRisk;
import org.cocrea.social.Recommendation;
import org.cocrea.social.RecommendationService;
import org.cocrea.social.RiskDimension;
import org.cocrea.social.RiskService;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The open-data downloads (issue 14) in the real server, anonymous: a state's download in CSV,
 * XLSX and JSON holds its public commitment, milestone, report, evidence and sign-off, parses
 * back with the dictionary's headers, and never holds the state's draft commitment, an actor's
 * contact details or another state's records; its published social programs with their money,
 * conditions, risks (public descriptions only), recommendations and complaint counts, never a
 * complainant nor a draft program; drafts and missing records are 404; no session is created.
 */
@ExtendWith(ArquillianExtension.class)
class OpenDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private ActorService actors;
    @Inject private CommitmentService commitments;
    @Inject private MilestoneService milestones;
    @Inject private ReportService reports;
    @Inject private MilestoneActivityService activities;
    @Inject private SocialProgramService programs;
    @Inject private RiskService risks;
    @Inject private RecommendationService recommendations;
    @Inject private ConditionService conditions;
    @Inject private ComplaintService complaints;

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The social programs' tables (issue 15): a state's, never a plan's or a commitment's. */
    private static final java.util.Set<String> PROGRAM_TABLES =
            java.util.Set.of("programs", "programBudget", "programConditions", "programRisks", "recommendations");

    /** What one published world holds besides Scenario's: a draft commitment, contact details, a report with a PDF, a sign-off. */
    private record Published(World world, String draftTitle, String email, String phone) {
    }

    private Published publishedWorld() {
        World world = scenario.newState();
        actAs(world.secretariat());
        Actor cso = actors.forSecretariat(world.cso());
        String email = "contacto." + world.code().toLowerCase() + "@observatorio.example.org";
        String phone = "+52 662 555 " + (1000 + world.cso() % 9000);
        cso.setContactName("Persona Contacto " + world.code());
        cso.setEmail(email);
        cso.setPhone(phone);
        actors.update(cso, true);
        String draftTitle = "Borrador reservado " + world.code();
        Commitment draft = Commitment.blank();
        draft.getTemplate().setTitle(draftTitle);
        long draftId = commitments.create(world.planId(), draft, world.government(), List.of(world.cso())).getId();
        // an activity of the draft commitment (issue 14): never in a download or the API
        LocalDate today = scenario.today(world);
        Milestone draftMilestone = Milestone.blank();
        draftMilestone.setTitle("Hito reservado " + world.code());
        draftMilestone.setStartDate(today.minusMonths(1));
        draftMilestone.setEndDate(today.plusMonths(1));
        long draftMilestoneId = milestones.create(draftId, draftMilestone, List.of(world.cso())).getId();
        activities.add(draftMilestoneId, MilestoneActivity.of(draftTitle + " actividad", today.minusMonths(1), today), world.cso());
        MilestoneActivity done = MilestoneActivity.of("Depurar la base de compras " + world.code(), LocalDate.of(2025, 4, 1), today);
        done.setStatus(ActivityStatus.DONE);
        activities.add(world.milestoneId(), done, world.cso());
        scenario.publish(world);

        actAs(world.csoMember());
        ProgressReport report = ProgressReport.draft(scenario.today(world));
        report.setNarrative("=SUMA(A1) primer corte publicado " + world.code());
        report.setPercent(40);
        reports.submit(world.milestoneId(), report, List.of(new Upload("minuta.pdf", TestFiles.pdf("Minuta"))), List.of());
        actAs(world.secretariat());
        milestones.moveTo(world.milestoneId(), MilestoneStatus.COMPLETE, "Entregado con la minuta firmada.");
        milestones.signOff(world.milestoneId(), SignOffParty.GOVERNMENT_LEAD);
        scenario.recordDesignResult(world, "Justificación publicada " + world.code(), null);
        scenario.publishResults(world, "Réplica publicada " + world.code());
        return new Published(world, draftTitle, email, phone);
    }

    @Test
    void aStatesDownloadHoldsItsPublicRecordsInEveryFormatAndNothingElse() throws Exception {
        Published mine = publishedWorld();
        Published other = publishedWorld();
        World world = mine.world();
        String publicTitle = "Transparentar el gasto en medicamentos " + world.code();

        for (String format : List.of("csv", "xlsx", "json")) {
            HttpResponse<byte[]> answer = download("format=" + format + "&state=" + world.stateId());
            assertThat(answer.statusCode()).as(format).isEqualTo(200);
            assertThat(answer.headers().firstValue("Set-Cookie")).as("no session for " + format).isEmpty();
            assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("cocrea-opendata-state-" + world.stateId());
            String text = format.equals("json") ? new String(answer.body(), StandardCharsets.UTF_8)
                    : String.join("\n", unzip(answer.body()).values());
            assertThat(text).as(format).contains(publicTitle, "CC BY 4.0", "Observatorio Ciudadano " + world.code())
                    .doesNotContain(mine.draftTitle(), mine.email(), mine.phone(), "Persona Contacto",
                            other.world().code() + " ", "Observatorio Ciudadano " + other.world().code());
        }
    }

    @Test
    void theCsvParsesBackWithTheDictionarysHeadersAndNeutralizesFormulas() throws Exception {
        Published mine = publishedWorld();
        World world = mine.world();
        Map<String, String> files = unzip(download("format=csv&commitment=" + world.commitmentId()).body());
        assertThat(files.keySet()).contains("README.txt");
        assertThat(files.get("README.txt")).contains("licence: CC BY 4.0", "scope: commitment-" + world.commitmentId());
        for (DataDictionary.Table table : DataDictionary.get().tables()) {
            List<CSVRecord> rows = csv(files.get(table.name() + ".csv"), table);
            if (PROGRAM_TABLES.contains(table.name())) {
                assertThat(rows).as("a commitment's download holds no social program: " + table.name()).isEmpty();
            } else {
                assertThat(rows).as(table.name()).isNotEmpty();
            }
        }
        CSVRecord commitment = csv(files.get("commitments.csv"), DataDictionary.get().table("commitments")).get(0);
        assertThat(commitment.get("commitmentId")).isEqualTo(String.valueOf(world.commitmentId()));
        assertThat(commitment.get("values")).isEqualTo("TRANSPARENCY");
        assertThat(commitment.get("progress")).isEqualTo("100");
        CSVRecord budget = csv(files.get("budget.csv"), DataDictionary.get().table("budget")).get(0);
        assertThat(new BigDecimal(budget.get("spent"))).isEqualByComparingTo("9750000.50");
        CSVRecord milestone = csv(files.get("milestones.csv"), DataDictionary.get().table("milestones")).get(0);
        assertThat(milestone.get("status")).isEqualTo("COMPLETE");
        assertThat(milestone.get("responsibles")).isEqualTo("Observatorio Ciudadano " + world.code());
        List<CSVRecord> activity = csv(files.get("activities.csv"), DataDictionary.get().table("activities"));
        assertThat(activity).hasSize(1);
        assertThat(activity.get(0).get("milestoneId")).isEqualTo(milestone.get("milestoneId"));
        assertThat(activity.get(0).get("title")).isEqualTo("Depurar la base de compras " + world.code());
        assertThat(activity.get(0).get("startDate")).isEqualTo("2025-04-01");
        assertThat(activity.get(0).get("responsible")).isEqualTo("Observatorio Ciudadano " + world.code());
        assertThat(activity.get(0).get("status")).isEqualTo("DONE");
        CSVRecord report = csv(files.get("reports.csv"), DataDictionary.get().table("reports")).get(0);
        assertThat(report.get("narrative")).startsWith("'=SUMA(A1)");
        assertThat(LocalDate.parse(report.get("reportedOn"))).isEqualTo(scenario.today(world));
        CSVRecord evidence = csv(files.get("evidence.csv"), DataDictionary.get().table("evidence")).get(0);
        assertThat(evidence.get("name")).isEqualTo("minuta.pdf");
        assertThat(evidence.get("sha256")).hasSize(64);
        assertThat(evidence.get("url")).endsWith("/evidence/" + evidence.get("evidenceId"));
        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(evidence.get("url"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        CSVRecord signOff = csv(files.get("signOffs.csv"), DataDictionary.get().table("signOffs")).get(0);
        assertThat(signOff.get("party")).isEqualTo("GOVERNMENT_LEAD");
        assertThat(signOff.get("organization")).isEqualTo("Secretaría de la Contraloría " + world.code());
    }

    @Test
    void theJsonParsesBackWithTheDictionarysKeysTheLicenceAndTheDate() throws Exception {
        World world = publishedWorld().world();
        JsonObject json = Json.createReader(new StringReader(new String(
                download("format=json&plan=" + world.planId()).body(), StandardCharsets.UTF_8))).readObject();
        assertThat(json.getString("licence")).isEqualTo("CC BY 4.0");
        assertThat(json.getString("generatedAt")).isNotBlank();
        assertThat(json.getString("$schema")).endsWith("/api/v1/opendata/schema.json");
        for (DataDictionary.Table table : DataDictionary.get().tables()) {
            JsonArray rows = json.getJsonArray(table.name());
            if (PROGRAM_TABLES.contains(table.name())) {
                assertThat(rows).as("a plan's download holds no social program: " + table.name()).isEmpty();
                continue;
            }
            assertThat(rows).as(table.name()).isNotEmpty();
            assertThat(rows.getJsonObject(0).keySet()).as(table.name()).containsExactlyElementsOf(table.headers());
        }
        JsonObject commitment = json.getJsonArray("commitments").getJsonObject(0);
        assertThat(commitment.getJsonNumber("commitmentId").longValue()).isEqualTo(world.commitmentId());
        assertThat(commitment.getJsonArray("coResponsibles").getString(0)).isEqualTo("Observatorio Ciudadano " + world.code());
        assertThat(json.getJsonArray("budget").getJsonObject(0).getJsonNumber("approved").bigDecimalValue())
                .isEqualByComparingTo("12500000.00");
    }

    @Test
    void draftsMissingRecordsAndBadParametersAreRefused() throws Exception {
        World draft = scenario.newState(); // its plan and commitment are drafts
        assertThat(download("format=json&plan=" + draft.planId()).statusCode()).isEqualTo(404);
        assertThat(download("format=json&commitment=" + draft.commitmentId()).statusCode()).isEqualTo(404);
        assertThat(download("format=json&state=999999999").statusCode()).isEqualTo(404);
        assertThat(download("format=pdf").statusCode()).isEqualTo(400);
        assertThat(download("format=csv&state=1&plan=1").statusCode()).isEqualTo(400);
        assertThat(download("format=csv&state=abc").statusCode()).isEqualTo(400);
        String state = new String(download("format=json&state=" + draft.stateId()).body(), StandardCharsets.UTF_8);
        assertThat(state).doesNotContain(draft.code());
    }

    @Test
    void thePageListsThePublishedPlansDownloadsAndTheDictionaryAndTheSchemaIsServed() throws Exception {
        World world = publishedWorld().world();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "opendata.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Datos abiertos", "CC BY 4.0", "Plan de Acción Local " + world.code(),
                "api/v1/opendata/download?format=xlsx&amp;plan=" + world.planId(), "id=\"table-signOffs\"", "coResponsibles");
        JsonObject schema = Json.createReader(new StringReader(http.send(HttpRequest.newBuilder(
                URI.create(base + "api/v1/opendata/schema.json")).GET().build(), HttpResponse.BodyHandlers.ofString()).body())).readObject();
        assertThat(schema.getString("$id")).endsWith("/api/v1/opendata/schema.json");
        for (DataDictionary.Table table : DataDictionary.get().tables()) {
            JsonObject item = schema.getJsonObject("properties").getJsonObject(table.name()).getJsonObject("items");
            assertThat(item.getJsonObject("properties").keySet()).as(table.name()).containsExactlyElementsOf(table.headers());
        }
    }

    @Test
    void theApiListsOneStatesPublicRecordsAnswersConditionalRequestsAndRefusesDrafts() throws Exception {
        Published mine = publishedWorld();
        World world = mine.world();
        World other = publishedWorld().world();
        HttpResponse<String> list = api("commitments?state=" + world.stateId());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(list.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        JsonArray items = Json.createReader(new StringReader(list.body())).readObject().getJsonArray("items");
        assertThat(items).hasSize(1);
        assertThat(items.getJsonObject(0).getJsonNumber("commitmentId").longValue()).isEqualTo(world.commitmentId());
        assertThat(list.body()).doesNotContain(mine.draftTitle(), mine.email(), other.code());

        String etag = list.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/commitments?state=" + world.stateId()))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);

        assertThat(api("milestones?commitment=" + world.commitmentId()).body()).contains("\"milestoneId\":" + world.milestoneId());
        // activities (issue 14): the public milestone's, never the draft commitment's of the same published plan
        HttpResponse<String> activityList = api("activities?plan=" + world.planId());
        assertThat(activityList.statusCode()).isEqualTo(200);
        assertThat(activityList.headers().firstValue("ETag")).isPresent();
        assertThat(activityList.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60");
        JsonArray activityItems = Json.createReader(new StringReader(activityList.body())).readObject().getJsonArray("items");
        assertThat(activityItems).hasSize(1);
        assertThat(activityItems.getJsonObject(0).getString("title")).isEqualTo("Depurar la base de compras " + world.code());
        assertThat(activityItems.getJsonObject(0).getJsonNumber("milestoneId").longValue()).isEqualTo(world.milestoneId());
        assertThat(activityItems.getJsonObject(0).keySet()).containsExactlyElementsOf(DataDictionary.get().table("activities").headers());
        assertThat(api("activities?state=" + world.stateId()).body()).doesNotContain(mine.draftTitle(), other.code());
        // a milestone added while the published commitment is revised is not public until the next publication: nor its activities
        actAs(world.secretariat());
        LocalDate today = scenario.today(world);
        Milestone revised = Milestone.blank();
        revised.setTitle("Hito en revisión " + world.code());
        revised.setStartDate(today);
        revised.setEndDate(today.plusMonths(2));
        long revisedId = milestones.create(world.commitmentId(), revised, List.of(world.cso())).getId();
        activities.add(revisedId, MilestoneActivity.of("Actividad sin publicar " + world.code(), today, today.plusMonths(1)), world.cso());
        assertThat(api("activities?commitment=" + world.commitmentId()).body()).contains("Depurar la base de compras " + world.code())
                .doesNotContain("Actividad sin publicar");
        JsonObject firstPage = Json.createReader(new StringReader(api("activities?state=" + other.stateId() + "&limit=1").body())).readObject();
        assertThat(firstPage.getJsonArray("items")).hasSize(1);
        assertThat(firstPage.getString("next")).contains("after=" + firstPage.getJsonArray("items").getJsonObject(0).getJsonNumber("activityId"));
        assertThat(Json.createReader(new StringReader(http.send(HttpRequest.newBuilder(URI.create(firstPage.getString("next"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body())).readObject().getJsonArray("items")).isEmpty();
        assertThat(api("plans/" + world.planId()).body()).contains("Plan de Acción Local " + world.code());
        World draft = scenario.newState();
        for (String path : List.of("commitments/" + draft.commitmentId(), "plans/" + draft.planId(),
                "milestones?commitment=" + draft.commitmentId(), "commitments?plan=" + draft.planId(),
                "activities?commitment=" + draft.commitmentId(), "activities?plan=" + draft.planId())) {
            HttpResponse<String> refused = api(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(refused.body()).contains("\"status\":404").doesNotContain(draft.code());
        }
        assertThat(api("commitments?limit=0").statusCode()).isEqualTo(400);
        assertThat(api("activities?limit=501").statusCode()).isEqualTo(400);
        assertThat(api("activities?after=abc").headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void aStatesPublishedProgramsAreInTheDownloadsAndTheApiWithCountsOfComplaintsNeverAComplainant() throws Exception {
        World world = scenario.newState();
        World other = scenario.newState();
        LocalDate today = scenario.today(world);
        long programId = scenario.newProgram(world, "Apoyo alimentario " + world.code());
        SocialProgram form = programs.forSecretariat(programId);
        form.setBudgetProgramKey("S176");
        form.setRulesUrl("https://periodicooficial.example.gob.mx/reglas-" + world.code() + ".pdf");
        form.setOpenData("https://datos.example.gob.mx/apoyo-alimentario.csv");
        programs.update(form, world.government());
        programs.putYear(programId, 2026, new BigDecimal("48000000.00"), null, new BigDecimal("12000000.50"));
        long conditionId = conditions.checklist(programId).get(0).condition().getId();
        conditions.record(programId, conditionId, true, "Reglas publicadas " + world.code(), null, List.of());
        ProgramRisk hidden = ProgramRisk.blank();
        hidden.setDimension(RiskDimension.BENEFICIARY_REGISTRY);
        hidden.setDescription("Descripción reservada del padrón " + world.code());
        long hiddenId = risks.identify(programId, hidden, 2, 2).getId();
        risks.review(hiddenId, today, 4, 5, "Se encontraron duplicados");
        ProgramRisk open = ProgramRisk.blank();
        open.setDimension(RiskDimension.BUDGET);
        open.setDescription("Subejercicio publicado " + world.code());
        open.setDescriptionPublic(true);
        long openId = risks.identify(programId, open, 1, 3).getId();
        Recommendation rec = Recommendation.blank();
        rec.setWhat("Publicar el padrón cada trimestre " + world.code());
        rec.setAnswerDueOn(today.plusDays(30));
        long recId = recommendations.create(programId, rec, world.government(), List.of(hiddenId, openId)).getId();
        recommendations.answer(recId, AnswerKind.ACCEPTED, "Se publicará en el portal.", today);
        long draftId = scenario.newProgram(world, "Programa reservado " + world.code());
        programs.publish(programId, true);
        long otherProgram = scenario.newProgram(other, "Programa ajeno " + other.code());
        programs.publish(otherProgram, true);
        actAsPublic();
        long channelled = complaints.filePublic(programId, "Cobran por el apoyo", "Queja Nombre Secreto", "secreto@example.mx").getId();
        complaints.filePublic(programId, "Otra queja anónima", null, null);
        actAs(world.secretariat());
        complaints.channel(channelled, ComplaintRoute.COMPTROLLER, "Secretaría de la Contraloría");

        JsonObject json = Json.createReader(new StringReader(new String(
                download("format=json&state=" + world.stateId()).body(), StandardCharsets.UTF_8))).readObject();
        String text = json.toString();
        assertThat(text).doesNotContain("Programa reservado", "Queja Nombre Secreto", "secreto@example.mx", "Cobran por el apoyo",
                "Descripción reservada", "Programa ajeno");
        for (String table : PROGRAM_TABLES) {
            assertThat(json.getJsonArray(table)).as(table).hasSize(table.equals("programRisks") ? 2 : 1);
            assertThat(json.getJsonArray(table).getJsonObject(0).keySet()).as(table)
                    .containsExactlyElementsOf(DataDictionary.get().table(table).headers());
        }
        JsonObject program = json.getJsonArray("programs").getJsonObject(0);
        assertThat(program.getString("name")).isEqualTo("Apoyo alimentario " + world.code());
        assertThat(program.getString("budgetProgramKey")).isEqualTo("S176");
        assertThat(program.getJsonArray("dataSources").getString(0)).isEqualTo("https://datos.example.gob.mx/apoyo-alimentario.csv");
        assertThat(program.getInt("complaintsReceived")).isEqualTo(1);
        assertThat(program.getInt("complaintsChannelled")).isEqualTo(1);
        assertThat(program.getInt("complaintsViaComptroller")).isEqualTo(1);
        assertThat(program.getInt("complaintsClosed")).isZero();
        assertThat(json.getJsonArray("programBudget").getJsonObject(0).getJsonNumber("spent").bigDecimalValue()).isEqualByComparingTo("12000000.50");
        assertThat(json.getJsonArray("programConditions").getJsonObject(0).getString("met")).isEqualTo("YES");
        JsonObject risk = json.getJsonArray("programRisks").getJsonObject(0);
        assertThat(risk.getJsonNumber("riskId").longValue()).isEqualTo(hiddenId);
        assertThat(risk.isNull("description")).as("a description the secretariat did not make public").isTrue();
        assertThat(risk.getInt("likelihood")).as("the current level is the latest review's").isEqualTo(4);
        assertThat(risk.getString("band")).isEqualTo("CRITICAL");
        assertThat(json.getJsonArray("programRisks").getJsonObject(1).getString("description")).isEqualTo("Subejercicio publicado " + world.code());
        JsonObject recommendation = json.getJsonArray("recommendations").getJsonObject(0);
        assertThat(recommendation.getString("answer")).isEqualTo("ACCEPTED");
        assertThat(recommendation.getJsonArray("risks").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly(String.valueOf(hiddenId), String.valueOf(openId));
        String csv = String.join("\n", unzip(download("format=csv&state=" + world.stateId()).body()).values());
        assertThat(csv).contains("Apoyo alimentario " + world.code()).doesNotContain("Queja Nombre Secreto", "Programa reservado");

        HttpResponse<String> list = api("programs?state=" + world.stateId());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("ETag")).isPresent();
        assertThat(list.body()).contains("Apoyo alimentario " + world.code()).doesNotContain("Programa reservado", "Programa ajeno", "Queja Nombre");
        assertThat(api("programs/" + programId).body()).contains("\"programId\":" + programId, "\"complaintsReceived\":1");
        assertThat(api("risks?program=" + programId).body()).contains("Subejercicio publicado").doesNotContain("Descripción reservada");
        assertThat(api("recommendations?state=" + world.stateId()).body()).contains("Publicar el padrón cada trimestre " + world.code());
        for (String path : List.of("programs/" + draftId, "risks?program=" + draftId, "recommendations?program=" + draftId,
                "programs/999999999")) {
            HttpResponse<String> refused = api(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("Programa reservado");
        }
        assertThat(api("risks?state=1&program=1").statusCode()).isEqualTo(400);
        assertThat(api("programs?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyTheCurrentPublishedResultIsOpenWithItsFiguresNeverOneNotYetPublished() throws Exception {
        World world = publishedWorld().world();
        World other = publishedWorld().world();
        World unpublished = scenario.newState();
        scenario.publish(unpublished);
        scenario.recordDesignResult(unpublished, "Resultado sin publicar " + unpublished.code(), null);
        long corrected = scenario.recordDesignResult(world, "Corrección sin publicar " + world.code(), "Se corrigió la justificación.");

        JsonArray rows = Json.createReader(new StringReader(new String(download("format=json&state=" + world.stateId()).body(),
                StandardCharsets.UTF_8))).readObject().getJsonArray("results");
        assertThat(rows).hasSize(1);
        JsonObject result = rows.getJsonObject(0);
        assertThat(result.getJsonNumber("commitmentId").longValue()).isEqualTo(world.commitmentId());
        assertThat(result.getJsonNumber("resultId").longValue()).isNotEqualTo(corrected);
        assertThat(result.getString("moment")).isEqualTo("DESIGN");
        assertThat(result.getInt("version")).isEqualTo(1);
        assertThat(result.getString("verdict")).isEqualTo("PROMISING");
        assertThat(result.getString("verifiability")).isEqualTo("VERIFIABLE");
        assertThat(result.getString("relevanceTransparency")).isEqualTo("RELEVANT");
        assertThat(result.getString("relevanceInclusion")).isEqualTo("NOT_RELEVANT");
        assertThat(result.getString("potential")).isEqualTo("SUBSTANTIAL");
        assertThat(result.get("completion")).isEqualTo(jakarta.json.JsonValue.NULL);
        assertThat(result.getString("potentialJustification")).isEqualTo("Justificación publicada " + world.code());
        assertThat(result.getJsonArray("references").getString(0)).isEqualTo("milestone:" + world.milestoneId());
        assertThat(result.getString("reply")).isEqualTo("Réplica publicada " + world.code());
        assertThat(result.getString("replyBy")).isEqualTo("Secretaría de la Contraloría " + world.code());
        assertThat(result.getString("publishedAt")).isNotBlank();

        for (String format : List.of("csv", "xlsx", "json")) {
            for (World scope : List.of(world, unpublished)) {
                byte[] body = download("format=" + format + "&state=" + scope.stateId()).body();
                String text = format.equals("json") ? new String(body, StandardCharsets.UTF_8) : String.join("\n", unzip(body).values());
                assertThat(text).as(format).doesNotContain("Corrección sin publicar", "Resultado sin publicar", "Persona " + scope.code().toLowerCase(),
                        scope.evaluator(), other.code() + " ");
            }
        }
        HttpResponse<String> api = api("results?state=" + world.stateId());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("ETag")).isPresent();
        assertThat(api.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age");
        assertThat(Json.createReader(new StringReader(api.body())).readObject().getJsonArray("items")).containsExactly(result);
        assertThat(api("results?commitment=" + unpublished.commitmentId()).body()).isEqualTo("{\"items\":[]}");
        assertThat(api("results?plan=" + other.planId()).body()).doesNotContain(world.code()).contains(other.code());
        assertThat(api("results?plan=" + scenario.newState().planId()).statusCode()).isEqualTo(404);

        scenario.publishResults(world, null); // the correction, signed: now the current published version
        JsonObject current = Json.createReader(new StringReader(api("results?commitment=" + world.commitmentId()).body()))
                .readObject().getJsonArray("items").getJsonObject(0);
        assertThat(current.getJsonNumber("resultId").longValue()).isEqualTo(corrected);
        assertThat(current.getInt("version")).isEqualTo(2);
        assertThat(current.getString("correction")).isEqualTo("Se corrigió la justificación.");
        assertThat(current.getString("potentialJustification")).isEqualTo("Corrección sin publicar " + world.code());
    }

    private HttpResponse<String> api(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/" + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/opendata/download?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Each entry of a ZIP (a CSV download, or an XLSX's parts) as UTF-8 text, read through its central
     * directory: fastexcel's entries carry their sizes only there, as the ZIP format allows.
     */
    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Path file = Files.createTempFile("opendata", ".zip");
        try {
            Files.write(file, zip);
            Map<String, String> entries = new LinkedHashMap<>();
            try (ZipFile in = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                    entries.put(entry.getName(), new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return entries;
        } finally {
            Files.delete(file);
        }
    }

    /** A CSV file's records, checking that its header is the dictionary's. */
    private static List<CSVRecord> csv(String text, DataDictionary.Table table) throws IOException {
        assertThat(text).as(table.name()).isNotNull().startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(text.substring(1).getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8))) {
            assertThat(parser.getHeaderNames()).as(table.name()).containsExactlyElementsOf(table.headers());
            return parser.getRecords();
        }
    }
}
