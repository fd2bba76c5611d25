package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentService;
import org.cocrea.file.Upload;
import org.cocrea.plan.Phase;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.support.Deployments;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestDatabaseSession;
import org.cocrea.support.TestFiles;
import org.cocrea.toolbox.MaterialKind;
import org.cocrea.toolbox.MaterialLanguage;
import org.cocrea.toolbox.ToolboxMaterial;
import org.cocrea.toolbox.ToolboxService;
import org.cocrea.toolbox.ToolboxService.Filter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The toolbox through the real services: shared materials for everybody, a state's own for its
 * accounts only (in lists and in file downloads), and who may add what.
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
}
