package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.assistance.AssistanceRequest;
import org.cocrea.assistance.AssistanceService;
import org.cocrea.assistance.AssistanceStatus;
import org.cocrea.audit.AuditEntry;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentService;
import org.cocrea.file.Upload;
import org.cocrea.plan.Phase;
import org.cocrea.plan.PlanPhase;
import org.cocrea.plan.PlanService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.support.Deployments;
import org.cocrea.support.MailBox;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestDatabaseSession;
import org.cocrea.support.TestFiles;
import org.cocrea.toolbox.MaterialKind;
import org.cocrea.toolbox.MaterialLanguage;
import org.cocrea.toolbox.ToolboxMaterial;
import org.cocrea.toolbox.ToolboxService;
import org.cocrea.toolbox.ToolboxService.Filter;
import org.cocrea.toolbox.ToolboxUse;
import org.cocrea.toolbox.ToolboxUseService;
import org.cocrea.toolbox.ToolboxUseService.PublicUse;
import org.cocrea.toolbox.UseKind;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The toolbox through the real services: shared materials for everybody, a state's own for its
 * accounts only (in lists and in file downloads), and who may add what. Toolbox use (issue 9): the
 * secretariat records, edits, adapts and withdraws its plan's uses, the toolbox shows those of published
 * plans, and everybody else is refused; the public asks for remote technical assistance and the
 * administrator follows it up.
 */
@ExtendWith(ArquillianExtension.class)
class ToolboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private ToolboxService toolbox;
    @Inject private AttachmentService files;
    @Inject private ToolboxUseService uses;
    @Inject private PlanService plans;
    @Inject private AssistanceService assistance;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @ArquillianResource
    private URL base;

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form\" value=\"([^\"]+)\"");

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    private static ToolboxMaterial form(String title, Phase phase, MaterialKind kind, MaterialLanguage language) {
        ToolboxMaterial form = ToolboxMaterial.blank();
        form.setTitle(title);
        form.setDescription("Material de prueba");
        form.setPhase(phase);
        form.setKind(kind);
        form.setLanguage(language);
        return form;
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID();
    }

    private List<String> visibleTitles() {
        return toolbox.visible(Filter.NONE, 0, 100_000).stream().map(ToolboxMaterial::getTitle).toList();
    }

    private Attachment fileOf(ToolboxMaterial material) {
        return toolbox.attachmentsOf(List.of(material)).get(material.getId()).stream().filter(a -> a.getStored().isFile())
                .findFirst().orElseThrow();
    }

    @Test
    void aSharedMaterialIsForEverybodyFileIncluded() {
        String title = unique("Guía de cocreación");
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        ToolboxMaterial shared = toolbox.add(form(title, Phase.CO_CREATION, MaterialKind.GUIDE, MaterialLanguage.ES),
                new Upload("guia.pdf", TestFiles.pdf("Guia")), "https://gobiernoabierto.org/guia");
        assertNull(shared.getStateId());
        assertThat(toolbox.attachmentsOf(List.of(shared)).get(shared.getId())).hasSize(2);
        Attachment file = fileOf(shared);

        for (String reader : new String[] {null, here.secretariat(), there.csoMember()}) {
            if (reader == null) {
                actAsPublic();
            } else {
                actAs(reader);
            }
            assertThat(visibleTitles()).contains(title);
            assertEquals(title, toolbox.material(shared.getId()).getTitle());
            var download = files.file(file.getId());
            assertThat(download.content()).isEqualTo(TestFiles.pdf("Guia"));
            assertThat(download.isPublic()).isTrue();
        }
    }

    @Test
    void aStatesMaterialIsForItsAccountsAndTheAdministratorOnly() {
        String title = unique("Plantilla de minuta");
        actAs(here.institute());
        ToolboxMaterial own = toolbox.add(form(title, Phase.TRAINING, MaterialKind.TEMPLATE, MaterialLanguage.ES),
                new Upload("minuta.pdf", TestFiles.pdf("Minuta")), null);
        assertEquals(here.stateId(), own.getStateId());
        Attachment file = fileOf(own);

        for (String reader : new String[] {here.secretariat(), here.csoMember(), here.evaluator(), TestDatabaseSession.ADMIN_USERNAME}) {
            actAs(reader);
            assertThat(visibleTitles()).contains(title);
            assertThat(files.file(file.getId()).isPublic()).isFalse();
        }
        for (String outsider : new String[] {null, there.secretariat(), there.csoMember()}) {
            if (outsider == null) {
                actAsPublic();
            } else {
                actAs(outsider);
            }
            assertThat(visibleTitles()).doesNotContain(title);
            assertThat(toolbox.countVisible(Filter.NONE)).isEqualTo(toolbox.visible(Filter.NONE, 0, 100_000).size());
            assertThrows(NotFoundException.class, () -> toolbox.material(own.getId()));
            assertThrows(NotFoundException.class, () -> files.file(file.getId()));
            assertThat(toolbox.attachmentsOf(List.of(own))).isEmpty();
        }
    }

    @Test
    void aSecretariatCannotAddASharedMaterialAndOthersAddNothing() {
        String title = unique("Ejemplo de compromiso");
        actAs(here.secretariat());
        ToolboxMaterial added = toolbox.add(form(title, Phase.CO_CREATION, MaterialKind.EXAMPLE, MaterialLanguage.EN),
                null, "https://ejemplo.mx/compromiso");
        assertEquals(here.stateId(), added.getStateId()); // never shared, whatever the form said
        actAsPublic();
        assertThat(visibleTitles()).doesNotContain(title);
        actAs(there.secretariat());
        assertThat(visibleTitles()).doesNotContain(title);

        String refused = unique("Colado");
        for (String outsider : new String[] {here.csoMember(), here.agencyMember(), here.evaluator()}) {
            actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> toolbox.add(
                    form(refused, Phase.TRAINING, MaterialKind.GUIDE, MaterialLanguage.ES), null, "https://ejemplo.mx/x"));
        }
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> toolbox.add(
                form(refused, Phase.TRAINING, MaterialKind.GUIDE, MaterialLanguage.ES), null, "https://ejemplo.mx/x"));
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        assertThat(visibleTitles()).contains(title).doesNotContain(refused);
    }

    @Test
    void aMaterialNeedsAValidFileOrLinkAndARefusalLeavesNothing() {
        String title = unique("Guía con archivo falso");
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        DomainException fake = assertThrows(DomainException.class, () -> toolbox.add(
                form(title, Phase.EVALUATION, MaterialKind.GUIDE, MaterialLanguage.ES),
                new Upload("guia.pdf", TestFiles.windowsExecutable()), null));
        assertEquals("file", fake.field());
        DomainException badLink = assertThrows(DomainException.class, () -> toolbox.add(
                form(title, Phase.EVALUATION, MaterialKind.GUIDE, MaterialLanguage.ES),
                new Upload("guia.pdf", TestFiles.pdf("Guia")), "ftp://ejemplo.mx/guia"));
        assertEquals("link", badLink.field());
        DomainException nothing = assertThrows(DomainException.class, () -> toolbox.add(
                form(title, Phase.EVALUATION, MaterialKind.GUIDE, MaterialLanguage.ES), null, "  "));
        assertEquals("file", nothing.field());
        assertEquals("toolbox.fileOrLink.required", nothing.messageKey());
        assertThat(visibleTitles()).doesNotContain(title);
    }

    @Test
    void theListFiltersByPhaseLanguageAndKind() {
        String guide = unique("Guía de sistematización");
        String template = unique("Plantilla de evaluación");
        actAs(here.secretariat());
        toolbox.add(form(guide, Phase.SYSTEMATIZATION, MaterialKind.GUIDE, MaterialLanguage.EN), null, "https://ejemplo.mx/a");
        toolbox.add(form(template, Phase.EVALUATION, MaterialKind.TEMPLATE, MaterialLanguage.ES), null, "https://ejemplo.mx/b");

        List<String> systematization = toolbox.visible(new Filter(Phase.SYSTEMATIZATION, null, null), 0, 100_000)
                .stream().map(ToolboxMaterial::getTitle).toList();
        assertThat(systematization).contains(guide).doesNotContain(template);
        List<String> englishGuides = toolbox.visible(new Filter(null, MaterialLanguage.EN, MaterialKind.GUIDE), 0, 100_000)
                .stream().map(ToolboxMaterial::getTitle).toList();
        assertThat(englishGuides).contains(guide).doesNotContain(template);
        List<String> none = toolbox.visible(new Filter(Phase.EVALUATION, MaterialLanguage.EN, MaterialKind.TEMPLATE), 0, 100_000)
                .stream().map(ToolboxMaterial::getTitle).toList();
        assertThat(none).doesNotContain(guide, template);
        assertThat(toolbox.countVisible(new Filter(Phase.EVALUATION, MaterialLanguage.ES, MaterialKind.TEMPLATE))).isPositive();
    }

    private ToolboxMaterial sharedMaterial(String title) {
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        return toolbox.add(form(unique(title), Phase.TRAINING, MaterialKind.GUIDE, MaterialLanguage.ES), null,
                "https://gobiernoabierto.org/" + UUID.randomUUID());
    }

    private static ToolboxUse use(Phase phase, UseKind kind, String note) {
        ToolboxUse use = ToolboxUse.blank();
        use.setPhase(phase);
        use.setKind(kind);
        use.setNote(note);
        return use;
    }

    private List<PublicUse> publicUses(ToolboxMaterial material) {
        return uses.publicUsesOf(List.of(material)).getOrDefault(material.getId(), List.of());
    }

    private static String hiddenPlan(String html) {
        Matcher plan = Pattern.compile("name=\"newUse:plan\" value=\"(\\d+)\"|value=\"(\\d+)\"[^>]*name=\"newUse:plan\"").matcher(html);
        assertThat(plan.find()).as("the form's hidden plan id").isTrue();
        return plan.group(1) != null ? plan.group(1) : plan.group(2);
    }

    private List<String> trail(ToolboxUse use) {
        return em.createQuery("select a.action from AuditEntry a where a.entityType = 'ToolboxUse' and a.entityId = :id order by a.id",
                String.class).setParameter("id", use.getId()).getResultList();
    }

    @Test
    void aSecretariatRecordsAnAdaptedUseAndTheToolboxShowsItOnceThePlanIsPublished() {
        ToolboxMaterial material = sharedMaterial("Guía de formación");
        actAs(here.institute());
        ToolboxUse recorded = uses.record(here.planId(), material.getId(), use(Phase.TRAINING, UseKind.ADAPTED, "Para el taller"),
                new Upload("guia-adaptada.pdf", TestFiles.pdf("Adaptada 1")));
        assertThat(recorded.getAdaptedFile()).isNotNull();
        assertThat(recorded.getAdaptedFile().getStored().getSha256()).hasSize(64);
        // the training's "materials shared" is ticked from the records, and says so
        PlanPhase training = plans.phasesOf(here.planId()).stream().filter(p -> p.getPhase() == Phase.TRAINING).findFirst().orElseThrow();
        assertThat(training.checkOf("MATERIALS_SHARED")).hasValueSatisfying(c -> assertThat(c.isByRecords()).isTrue());

        // a draft plan: nothing public, the adapted version not for the public either
        assertThat(publicUses(material)).isEmpty();
        long firstFile = recorded.getAdaptedFile().getId();
        actAsPublic();
        assertThrows(NotFoundException.class, () -> files.file(firstFile));
        actAs(there.secretariat());
        assertThrows(NotFoundException.class, () -> files.file(firstFile));

        scenario.publish(here);
        actAs(here.secretariat());
        Attachment second = uses.uploadVersion(recorded.getId(), new Upload("guia-adaptada-2.pdf", TestFiles.pdf("Adaptada 2")));
        assertThat(uses.versionsOf(uses.ofPlan(here.planId())).get(recorded.getId())).hasSize(2); // never replaced
        actAsPublic();
        List<PublicUse> shown = publicUses(material);
        assertThat(shown).singleElement().satisfies(u -> {
            assertEquals("Estado de prueba " + here.code(), u.stateName());
            assertEquals(here.planId(), u.planId());
            assertEquals(Phase.TRAINING, u.phase());
            assertEquals(UseKind.ADAPTED, u.kind());
            assertEquals(second.getId(), u.fileId());
        });
        assertThat(files.file(second.getId()).content()).isEqualTo(TestFiles.pdf("Adaptada 2"));
        assertThat(files.file(second.getId()).isPublic()).isTrue();

        // edited, then withdrawn with a reason: kept for the secretariat, gone from the toolbox, frozen
        actAs(here.secretariat());
        ToolboxUse edited = uses.ofPlan(here.planId()).stream().filter(u -> u.getId().equals(recorded.getId())).findFirst().orElseThrow();
        edited.setPhase(Phase.CO_CREATION);
        uses.update(recorded.getId(), edited);
        assertThrows(DomainException.class, () -> uses.update(recorded.getId(), edited), "a stale copy is refused");
        assertEquals("reason", assertThrows(DomainException.class, () -> uses.withdraw(recorded.getId(), " ")).field());
        uses.withdraw(recorded.getId(), "Se registró en el plan equivocado");
        assertThat(publicUses(material)).isEmpty();
        assertThat(uses.ofPlan(here.planId())).filteredOn(u -> u.getId().equals(recorded.getId())).singleElement()
                .satisfies(u -> assertEquals("Se registró en el plan equivocado", u.getWithdrawReason()));
        assertThrows(DomainException.class, () -> uses.uploadVersion(recorded.getId(), new Upload("v3.pdf", TestFiles.pdf("3"))));
        actAsPublic();
        assertThrows(NotFoundException.class, () -> files.file(second.getId()));
        assertThat(trail(recorded)).containsExactly("CREATE", "ADAPT", "ADAPT", "UPDATE", "WITHDRAW_USE");
    }

    @Test
    void onlyThePlansOwnSecretariatRecordsEditsOrWithdrawsItsUses() {
        ToolboxMaterial material = sharedMaterial("Plantilla de mapeo");
        actAs(here.secretariat());
        ToolboxUse mine = uses.record(here.planId(), material.getId(), use(Phase.IDENTIFICATION, UseKind.ADAPTED, null), null);
        ToolboxMaterial hereOwn = toolbox.add(form(unique("Propio"), Phase.TRAINING, MaterialKind.TEMPLATE, MaterialLanguage.ES),
                null, "https://ejemplo.mx/propio");

        for (String outsider : new String[] {there.secretariat(), here.csoMember(), here.agencyMember(), here.evaluator(), null}) {
            if (outsider == null) {
                actAsPublic();
            } else {
                actAs(outsider);
            }
            assertThrows(AccessDeniedException.class, () -> uses.record(here.planId(), material.getId(),
                    use(Phase.TRAINING, UseKind.USED, null), null), String.valueOf(outsider));
            assertThrows(AccessDeniedException.class, () -> uses.update(mine.getId(), use(Phase.TRAINING, UseKind.USED, null)));
            assertThrows(AccessDeniedException.class, () -> uses.uploadVersion(mine.getId(), new Upload("x.pdf", TestFiles.pdf("x"))));
            assertThrows(AccessDeniedException.class, () -> uses.withdraw(mine.getId(), "no es mío"));
            assertThrows(AccessDeniedException.class, () -> uses.ofPlan(here.planId()));
            assertThrows(AccessDeniedException.class, () -> uses.choicesFor(here.planId()));
        }
        // another state's own material is unknown to a plan, whatever id the form sends
        actAs(there.secretariat());
        DomainException foreign = assertThrows(DomainException.class, () -> uses.record(there.planId(), hereOwn.getId(),
                use(Phase.TRAINING, UseKind.USED, null), null));
        assertEquals("material", foreign.field());
        assertThat(uses.choicesFor(there.planId())).noneMatch(c -> c.id() == hereOwn.getId());
        actAs(here.secretariat());
        assertThat(uses.ofPlan(here.planId())).extracting(ToolboxUse::getId).containsExactly(mine.getId());
        assertThat(trail(mine)).containsExactly("CREATE");
    }

    @Test
    void badInputIsRefusedOnItsFieldAndLeavesNothing() {
        ToolboxMaterial material = sharedMaterial("Ejemplo de minuta");
        actAs(here.secretariat());
        DomainException executable = assertThrows(DomainException.class, () -> uses.record(here.planId(), material.getId(),
                use(Phase.TRAINING, UseKind.ADAPTED, null), new Upload("minuta.pdf", TestFiles.windowsExecutable())));
        assertEquals("file", executable.field());
        DomainException notAdapted = assertThrows(DomainException.class, () -> uses.record(here.planId(), material.getId(),
                use(Phase.TRAINING, UseKind.USED, null), new Upload("minuta.pdf", TestFiles.pdf("m"))));
        assertEquals("toolboxUse.file.onlyAdapted", notAdapted.messageKey());
        assertEquals("material", assertThrows(DomainException.class, () -> uses.record(here.planId(), 999_999_999L,
                use(Phase.TRAINING, UseKind.USED, null), null)).field());
        assertEquals("note", assertThrows(DomainException.class, () -> uses.record(here.planId(), material.getId(),
                use(Phase.TRAINING, UseKind.USED, "x".repeat(ToolboxUse.NOTE + 1)), null)).field());
        assertThat(uses.ofPlan(here.planId())).isEmpty();
    }

    @Test
    void thePagesRecordAUseShowItAndRefuseATamperedPlanOrAnotherState() throws Exception {
        ToolboxMaterial material = sharedMaterial("Guía de sesiones");
        PageClient member = new PageClient(base);
        assertEquals(302, member.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());
        String path = "stl/toolbox-use?plan=" + here.planId() + "&material=" + material.getId();
        HttpResponse<String> page = member.page(path);
        assertEquals(200, page.statusCode());
        assertThat(page.body()).contains("toolboxUseTitle", material.getTitle(), "noUses");
        String note = "Usada en la sesión " + UUID.randomUUID();
        Map<String, String> inputs = Map.of("material_input", String.valueOf(material.getId()), "phase_input", "CO_CREATION",
                "kind_input", "USED", "note", note, "record", "");
        HttpResponse<String> created = member.submit(path, "newUse", inputs);
        assertEquals(302, created.statusCode(), created.body());
        assertThat(member.page("stl/toolbox-use?plan=" + here.planId()).body()).contains(note, "Usado tal cual");

        // the use chosen: its edit and its withdrawal, a missing reason told beside the field
        actAs(here.secretariat());
        long recordedId = uses.ofPlan(here.planId()).stream().filter(u -> note.equals(u.getNote())).findFirst().orElseThrow().getId();
        String usePath = "stl/toolbox-use?plan=" + here.planId() + "&use=" + recordedId;
        assertThat(member.page(usePath).body()).contains("editUse", "withdrawForm").doesNotContain("versionForm");
        HttpResponse<String> noReason = member.submit(usePath, "withdrawForm", Map.of("reason", " ", "withdraw", ""));
        assertEquals(200, noReason.statusCode());
        assertThat(noReason.body()).contains("ui-message-error", "Escriba el motivo del retiro.");
        HttpResponse<String> edited = member.submit(usePath, "editUse", Map.of("phase_input", "TRAINING", "kind_input", "ADAPTED",
                "note", note, "save", ""));
        assertEquals(302, edited.statusCode(), edited.body());
        assertThat(member.page(usePath).body()).contains("versionForm");
        assertEquals(404, member.page("stl/toolbox-use?plan=" + here.planId() + "&use=999999999").statusCode());

        // the hidden plan id of the form tampered to another state's plan: refused, nothing written anywhere
        String tamperedNote = "Colado " + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>(PageClient.fieldsOf(path, member.page(path).body(), "newUse",
                Map.of("material_input", String.valueOf(material.getId()), "phase_input", "TRAINING", "kind_input", "USED",
                        "note", tamperedNote, "record", "")));
        assertEquals(String.valueOf(here.planId()), hiddenPlan(member.page(path).body()));
        fields.put("newUse:plan", String.valueOf(there.planId()));
        HttpResponse<String> tampered = member.post(path, fields);
        assertEquals(200, tampered.statusCode(), "refused on the page, never a redirect");
        assertThat(tampered.body()).doesNotContain("\tat ", "Caused by", "java.lang.");
        actAs(there.secretariat());
        assertThat(uses.ofPlan(there.planId())).isEmpty();
        actAs(here.secretariat());
        assertThat(uses.ofPlan(here.planId())).noneMatch(u -> tamperedNote.equals(u.getNote()));

        // a refused file type comes back beside the field
        HttpResponse<String> exe = member.upload(path, "newUse", Map.of("material_input", String.valueOf(material.getId()),
                "phase_input", "TRAINING", "kind_input", "ADAPTED", "note", "", "record", ""), "minuta.pdf", TestFiles.windowsExecutable());
        assertEquals(200, exe.statusCode());
        assertThat(exe.body()).contains("ui-message-error").doesNotContain("\tat ", "Caused by", "java.lang.");

        // another state's secretariat: the same 404 as a plan that does not exist
        PageClient other = new PageClient(base);
        assertEquals(302, other.signIn(there.secretariat(), Scenario.PASSWORD).statusCode());
        assertThat(other.page("stl/toolbox-use?plan=" + here.planId()).statusCode()).isIn(403, 404);
        PageClient cso = new PageClient(base);
        assertEquals(302, cso.signIn(here.csoMember(), Scenario.PASSWORD).statusCode());
        assertThat(cso.page("stl/toolbox-use?plan=" + here.planId()).statusCode()).isIn(403, 404);

        // published: the public toolbox shows where the material was used
        scenario.publish(here);
        PageClient anonymous = new PageClient(base);
        assertThat(anonymous.page("toolbox").body()).contains("askAssistance", material.getTitle(), "Estado de prueba " + here.code(),
                "material-use");
    }

    @Test
    void thePublicAsksForAssistanceAndTheAdministratorFollowsItUp() throws Exception {
        PageClient visitor = new PageClient(base);
        HttpResponse<String> form = visitor.page("assistance");
        assertEquals(200, form.statusCode());
        assertThat(form.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        Matcher token = FORM_TOKEN.matcher(form.body());
        assertThat(token.find()).isTrue();
        String state = "Estado invitado " + UUID.randomUUID();
        String address = "enlace-" + UUID.randomUUID() + "@ejemplo.mx";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("form", token.group(1));
        fields.put("language", "es");
        fields.put("stateName", state);
        fields.put("institution", "Instituto de Transparencia invitado");
        fields.put("need", "Queremos co-crear nuestro primer plan de acción local.");
        fields.put("contactName", "Laura Invitada");
        fields.put("address", address);
        fields.put("website", "");

        // without consent, nothing is kept and the refusal is told beside the box
        String refused = PageClient.formAgain(visitor.post("assistance/submit", fields));
        assertThat(refused).contains("id=\"consentError\"", "Sin su consentimiento no podemos guardar la solicitud.",
                "value=\"" + address + "\"", "value=\"" + state + "\"").doesNotContain("checked=\"checked\"");
        assertThat(Pattern.compile("(href|action|src)=\"[^\"]*" + Pattern.quote(address)).matcher(refused).find()).isFalse();
        // a robot fills the honeypot: the same answer, nothing kept
        fields.put("consent", "yes");
        fields.put("website", "http://spam.example");
        assertThat(visitor.post("assistance/submit", fields).headers().firstValue("Location").orElseThrow()).endsWith("r=sent");
        // a forged token is refused
        fields.put("website", "");
        fields.put("form", "forjado");
        assertThat(PageClient.formAgain(visitor.post("assistance/submit", fields)))
                .contains("id=\"refused\"", "value=\"" + address + "\"", "checked=\"checked\"");
        fields.put("form", token.group(1));
        HttpResponse<String> sent = visitor.post("assistance/submit", fields);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("r=sent");
        assertThat(visitor.page("assistance?r=sent").body()).contains("Recibimos su solicitud");

        List<AssistanceRequest> kept = em.createQuery("select r from AssistanceRequest r where r.stateName = :s", AssistanceRequest.class)
                .setParameter("s", state).getResultList();
        assertThat(kept).singleElement().satisfies(r -> assertEquals(address, r.getContactEmail()));
        long id = kept.get(0).getId();
        assertThat(MailBox.awaitMatching(TestDatabaseSession.ADMIN_USERNAME + "@localhost",
                m -> m.subject().equals("Nueva solicitud de asistencia técnica: " + state)).text()).doesNotContain(address);

        // nobody but the administrator reads or follows it up; the contact is never in the trail
        for (String outsider : new String[] {here.secretariat(), here.csoMember(), null}) {
            if (outsider == null) {
                actAsPublic();
            } else {
                actAs(outsider);
            }
            assertThrows(AccessDeniedException.class, () -> assistance.list(null));
            assertThrows(AccessDeniedException.class, () -> assistance.request(id));
            assertThrows(AccessDeniedException.class, () -> assistance.followUp(id, 0, AssistanceStatus.CLOSED, "no"));
        }
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        assertThat(assistance.list(AssistanceStatus.NEW)).extracting(AssistanceRequest::getId).contains(id);
        int read = assistance.request(id).getVersion();
        assertEquals("note", assertThrows(DomainException.class, () -> assistance.followUp(id, read, AssistanceStatus.CLOSED, " ")).field());
        assistance.followUp(id, read, AssistanceStatus.IN_CONTACT, "Llamada agendada");
        assertThrows(DomainException.class, () -> assistance.followUp(id, read, AssistanceStatus.ASSISTED, null), "a stale follow-up");
        assistance.followUp(id, assistance.request(id).getVersion(), AssistanceStatus.CLOSED, "Asistido en dos sesiones remotas");
        assertThat(assistance.list(AssistanceStatus.CLOSED)).extracting(AssistanceRequest::getId).contains(id);
        List<AuditEntry> trail = em.createQuery("select a from AuditEntry a where a.entityType = 'AssistanceRequest' and a.entityId = :id "
                + "order by a.id", AuditEntry.class).setParameter("id", id).getResultList();
        assertThat(trail).extracting(AuditEntry::getAction).containsExactly("REQUEST", "ASSISTANCE_FOLLOW_UP", "ASSISTANCE_FOLLOW_UP");
        assertThat(trail).allSatisfy(a -> assertThat(a.getBeforeJson() + " " + a.getAfterJson()).doesNotContain(address, "Laura Invitada"));

        // the administrator's page shows the contact; no public page does
        PageClient admin = new PageClient(base);
        assertEquals(302, admin.signIn(TestDatabaseSession.ADMIN_USERNAME, TestDatabaseSession.ADMIN_PASSWORD).statusCode());
        assertThat(admin.page("admin/assistance?id=" + id).body()).contains(address, "Laura Invitada", "Asistido en dos sesiones remotas");
        assertThat(new PageClient(base).page("toolbox").body()).doesNotContain(address);
    }
}
