package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorKind;
import org.cocrea.actor.ActorService;
import org.cocrea.actor.ActorType;
import org.cocrea.actor.Gender;
import org.cocrea.milestone.Participation;
import org.cocrea.milestone.ParticipationService;
import org.cocrea.actor.SecretariatRole;
import org.cocrea.actor.SimilarActorsException;
import org.cocrea.commitment.Commitment;
import org.cocrea.milestone.Milestone;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.support.ActingCaller;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The actor map through the real services (and, for what the public and the secretariat see,
 * through the real pages over HTTP): contact details, the duplicate guard, stale edits, what an
 * actor takes part in, and every boundary tried from the wrong side.
 */
@ExtendWith(ArquillianExtension.class)
class ActorMapIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private ActorService actors;
    @Inject private ParticipationService participations;
    @Inject private HttpServletRequest request;

    private World here;

    @BeforeEach
    void aState() {
        here = scenario.newState();
    }

    private String lower() {
        return here.code().toLowerCase(Locale.ROOT);
    }

    private static Actor form(String name, ActorType type) {
        Actor form = Actor.blank();
        form.setName(name);
        form.setType(type);
        return form;
    }

    @Test
    void theSecretariatRecordsAnActorWithItsContactDetails() {
        actAs(here.secretariat());
        Actor form = form("María Fernanda Ruiz " + here.code(), ActorType.CITIZEN);
        form.setKind(ActorKind.PERSON);
        form.setGender(Gender.WOMAN);
        form.setContactName("María Fernanda Ruiz");
        form.setEmail("mfruiz." + lower() + "@correo.mx");
        form.setPhone("+52 222 555 0101");
        form.setWebsite("https://mfruiz.mx");
        form.setNotes("Participó en las mesas de cocreación.");
        long id = actors.create(here.stateId(), form, false).getId();

        Actor saved = actors.forSecretariat(id);
        assertThat(saved.getKind()).isEqualTo(ActorKind.PERSON);
        assertThat(saved.getGender()).isEqualTo(Gender.WOMAN);
        assertThat(saved.getEmail()).isEqualTo("mfruiz." + lower() + "@correo.mx");
        assertThat(saved.getPhone()).isEqualTo("+52 222 555 0101");
        assertThat(saved.getWebsite()).isEqualTo("https://mfruiz.mx");
        assertThat(saved.getSector().name()).isEqualTo("CITIZENS");
        assertThat(actors.ofMyState()).extracting(Actor::getId).contains(id, here.cso(), here.government());
    }

    @Test
    void aMalformedEmailOrWebsiteIsRefusedAndNothingIsWritten() {
        actAs(here.secretariat());
        int before = actors.ofState(here.stateId()).size();
        Actor badEmail = form("Colectivo Norte " + here.code(), ActorType.CSO);
        badEmail.setEmail("colectivo-en-gmail");
        assertEquals("email", assertThrows(DomainException.class, () -> actors.create(here.stateId(), badEmail, false)).field());
        Actor badSite = form("Colectivo Norte " + here.code(), ActorType.CSO);
        badSite.setWebsite("javascript:alert(1)");
        assertEquals("website", assertThrows(DomainException.class, () -> actors.create(here.stateId(), badSite, false)).field());
        assertThat(actors.ofState(here.stateId())).hasSize(before);
    }

    @Test
    void theSameOrganizationIsNotRecordedTwice() {
        actAs(here.secretariat());
        int before = actors.ofState(here.stateId()).size();
        DomainException refused = assertThrows(DomainException.class, () ->
                actors.create(here.stateId(), form("OBSERVATORIO CIUDADANO " + here.code() + ", A.C.", ActorType.CSO), true));
        assertEquals("actors.name.exists", refused.messageKey());
        assertEquals("actorName", refused.field());
        // the administrator's short form refuses it too
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        assertThrows(DomainException.class, () -> actors.create(here.stateId(), "Observatorio Ciudadano de " + here.code(), ActorType.CSO));
        assertThat(actors.ofState(here.stateId())).hasSize(before);
    }

    @Test
    void aSimilarNameIsWarnedThenSavedOnceConfirmed() {
        actAs(here.secretariat());
        int before = actors.ofState(here.stateId()).size();
        Actor lookAlike = form("Observatorio Ciudadanos " + here.code(), ActorType.CSO);
        SimilarActorsException warned = assertThrows(SimilarActorsException.class, () -> actors.create(here.stateId(), lookAlike, false));
        assertThat(warned.names()).containsExactly("Observatorio Ciudadano " + here.code());
        assertEquals("actorName", warned.field());
        assertThat(actors.ofState(here.stateId())).hasSize(before);

        long id = actors.create(here.stateId(), lookAlike, true).getId();
        assertThat(actors.forSecretariat(id).getName()).isEqualTo("Observatorio Ciudadanos " + here.code());
        assertThat(actors.ofState(here.stateId())).hasSize(before + 1);
    }

    @Test
    void theSameAcronymIsWarnedWhateverTheName() {
        actAs(here.secretariat());
        Actor first = form("Red de Periodistas " + here.code(), ActorType.CSO);
        first.setAcronym("RP" + here.code());
        actors.create(here.stateId(), first, false);
        Actor second = form("Asamblea Vecinal " + here.code(), ActorType.CITIZEN);
        second.setAcronym("R.P." + here.code());
        assertThat(assertThrows(SimilarActorsException.class, () -> actors.create(here.stateId(), second, false)).names())
                .containsExactly("Red de Periodistas " + here.code());
    }

    @Test
    void anEditOfAStaleCopyIsRefused() {
        actAs(here.secretariat());
        Actor mine = actors.forSecretariat(here.cso());
        Actor theirs = actors.forSecretariat(here.cso());
        mine.setPhone("222 111 2222");
        actors.update(mine, false);
        theirs.setPhone("222 999 9999");
        assertEquals("error.concurrentChange", assertThrows(DomainException.class, () -> actors.update(theirs, false)).messageKey());
        assertThat(actors.forSecretariat(here.cso()).getPhone()).isEqualTo("222 111 2222");
    }

    @Test
    void anEditIsCheckedAgainstTheOtherActorsButNotItself() {
        actAs(here.secretariat());
        Actor cso = actors.forSecretariat(here.cso());
        cso.setName("observatorio ciudadano " + here.code()); // itself, re-cased: fine
        cso.setEmail("contacto@observatorio-" + lower() + ".mx");
        actors.update(cso, false);
        Actor renamed = actors.forSecretariat(here.cso());
        renamed.setName("Universidad Estatal " + here.code()); // another actor's name
        assertEquals("actors.name.exists", assertThrows(DomainException.class, () -> actors.update(renamed, true)).messageKey());
        assertThat(actors.forSecretariat(here.cso()).getName()).isEqualTo("observatorio ciudadano " + here.code());
    }

    @Test
    void theLeadAllyIsTheInformationInstituteAndThereIsOnlyOne() {
        actAs(here.secretariat());
        Actor agency = actors.forSecretariat(here.government());
        agency.setSecretariatRole(SecretariatRole.LEAD_ALLY);
        DomainException notInstitute = assertThrows(DomainException.class, () -> actors.update(agency, false));
        assertEquals("actors.leadAlly.onlyInstitute", notInstitute.messageKey());
        assertEquals("secretariatRole", notInstitute.field());

        Actor institute = form("Órgano Garante de Acceso " + here.code(), ActorType.INFORMATION_INSTITUTE);
        institute.setSecretariatRole(SecretariatRole.LEAD_ALLY);
        long leadAlly = actors.create(here.stateId(), institute, false).getId();
        assertThat(actors.forSecretariat(leadAlly).isLeadAlly()).isTrue();

        Actor another = form("Comisión de Datos Personales " + here.code(), ActorType.INFORMATION_INSTITUTE);
        another.setSecretariatRole(SecretariatRole.LEAD_ALLY);
        DomainException second = assertThrows(DomainException.class, () -> actors.create(here.stateId(), another, false));
        assertEquals("actors.leadAlly.taken", second.messageKey());
        assertEquals("secretariatRole", second.field());

        another.setSecretariatRole(SecretariatRole.MEMBER);
        actors.create(here.stateId(), another, false);
        // the lead ally may be saved again as lead ally
        Actor again = actors.forSecretariat(leadAlly);
        again.setPhone("222 000 0000");
        actors.update(again, false);
    }

    @Test
    void participationListsWhatAnActorTakesPartIn() {
        actAs(here.secretariat());
        Participation government = participations.participation(here.government());
        assertThat(government.leads()).extracting(Commitment::getId).containsExactly(here.commitmentId());
        assertThat(government.coResponsibleIn()).isEmpty();
        assertThat(government.responsibleFor()).isEmpty();

        Participation cso = participations.participation(here.cso());
        assertThat(cso.actor().getId()).isEqualTo(here.cso());
        assertThat(cso.leads()).isEmpty();
        assertThat(cso.coResponsibleIn()).extracting(Commitment::getId).containsExactly(here.commitmentId());
        assertThat(cso.responsibleFor()).extracting(Milestone::getId).containsExactly(here.milestoneId());
        assertThat(cso.responsibleFor().get(0).getCommitment().getTitle()).contains(here.code());

        assertThat(participations.participation(here.academia()).isEmpty()).isTrue();

        Map<Long, Participation.Counts> counts = participations.participationCounts(here.stateId());
        assertThat(counts.get(here.government())).isEqualTo(new Participation.Counts(1, 0, 0));
        assertThat(counts.get(here.cso())).isEqualTo(new Participation.Counts(0, 1, 1));
        assertThat(counts).doesNotContainKey(here.academia());
    }

    @Test
    void anotherStatesSecretariatCannotReadOrEditAnActor() {
        World there = scenario.newState();
        actAs(there.secretariat());
        Actor theirs = actors.forSecretariat(there.cso());

        actAs(here.secretariat());
        assertThrows(AccessDeniedException.class, () -> actors.forSecretariat(there.cso()));
        assertThrows(AccessDeniedException.class, () -> participations.participation(there.cso()));
        assertThrows(AccessDeniedException.class, () -> participations.participationCounts(there.stateId()));
        assertThrows(AccessDeniedException.class, () -> actors.ofState(there.stateId()));
        assertThrows(AccessDeniedException.class, () -> actors.countOfState(there.stateId()));
        assertThat(actors.countOfState(here.stateId())).isEqualTo(actors.ofState(here.stateId()).size());
        theirs.setEmail("intruso@ejemplo.mx");
        assertThrows(AccessDeniedException.class, () -> actors.update(theirs, true));
        assertThrows(AccessDeniedException.class, () -> actors.create(there.stateId(), form("Intrusa " + there.code(), ActorType.CSO), true));
        assertThat(actors.ofMyState()).extracting(Actor::getId).doesNotContain(there.cso());

        actAs(there.secretariat());
        assertThat(actors.forSecretariat(there.cso()).getEmail()).isNull();
        assertThat(actors.ofMyState()).extracting(Actor::getName).noneMatch(n -> n.startsWith("Intrusa"));
    }

    @Test
    void aResponsibleActorCannotRecordOrEditActors() {
        actAs(here.secretariat());
        Actor cso = actors.forSecretariat(here.cso());
        int before = actors.ofState(here.stateId()).size();

        actAs(here.csoMember());
        assertThrows(AccessDeniedException.class, () -> actors.create(here.stateId(), form("Colectivo Sur " + here.code(), ActorType.CSO), true));
        assertThrows(AccessDeniedException.class, () -> actors.create(here.stateId(), "Colectivo Sur " + here.code(), ActorType.CSO));
        cso.setPhone("000");
        assertThrows(AccessDeniedException.class, () -> actors.update(cso, true));
        assertThrows(AccessDeniedException.class, () -> actors.forSecretariat(here.cso()));
        assertThrows(AccessDeniedException.class, () -> participations.participation(here.cso()));
        assertThrows(AccessDeniedException.class, () -> actors.ofMyState());
        assertThrows(AccessDeniedException.class, () -> actors.ofState(here.stateId()));

        actAs(here.secretariat());
        assertThat(actors.ofState(here.stateId())).hasSize(before);
        assertThat(actors.forSecretariat(here.cso()).getPhone()).isNull();
    }

    @Test
    void thePublicCannotReadContactsOrParticipation() {
        actAsPublic();
        assertThrows(AccessDeniedException.class, () -> actors.forSecretariat(here.cso()));
        assertThrows(AccessDeniedException.class, () -> participations.participation(here.cso()));
        assertThrows(AccessDeniedException.class, () -> participations.participationCounts(here.stateId()));
        assertThrows(AccessDeniedException.class, () -> actors.ofMyState());
        assertThrows(AccessDeniedException.class, () -> actors.ofState(here.stateId()));
        assertThrows(AccessDeniedException.class, () -> actors.create(here.stateId(), form("Anónima " + here.code(), ActorType.CSO), true));
        actAs(here.secretariat());
        assertThrows(NotFoundException.class, () -> participations.participation(Long.MAX_VALUE));
    }

    @Test
    void thePublicCommitmentPageShowsNoContactDetails() throws Exception {
        actAs(here.secretariat());
        String email = "enlace." + lower() + "@observatorio.mx";
        Actor cso = actors.forSecretariat(here.cso());
        cso.setContactName("Contacto Reservado " + here.code());
        cso.setEmail(email);
        cso.setPhone("+52 999 " + here.code());
        cso.setNotes("Nota interna " + here.code());
        actors.update(cso, false);
        Actor government = actors.forSecretariat(here.government());
        government.setEmail("titular." + lower() + "@contraloria.gob.mx");
        actors.update(government, false);
        scenario.publish(here);

        actAsPublic();
        HttpResponse<String> page = PageClient.inside(request).page("commitment?id=" + here.commitmentId());
        assertEquals(200, page.statusCode());
        assertThat(page.body()).contains("Observatorio Ciudadano " + here.code()); // the actor is shown, by name only
        assertThat(page.body()).doesNotContain(email, "titular." + lower(), "Contacto Reservado", "+52 999", "Nota interna");
    }

    @Test
    void theSecretariatSeesTheMapAndIsWarnedAboutALookAlikeOnThePage() throws Exception {
        actAs(here.secretariat());
        Actor cso = actors.forSecretariat(here.cso());
        cso.setEmail("mapa." + lower() + "@observatorio.mx");
        actors.update(cso, false);
        PageClient browser = PageClient.inside(request);
        actAs(here.secretariat()); // the services of this test see the same account as the pages
        assertEquals(302, browser.signIn(here.secretariat(), Scenario.PASSWORD).statusCode());

        HttpResponse<String> map = browser.page("stl/actors");
        assertEquals(200, map.statusCode());
        assertThat(map.body()).contains("Observatorio Ciudadano " + here.code(), "Universidad Estatal " + here.code(),
                "actors-type-CSO", "Encabeza 1", "responsable de 1 hito");
        assertThat(map.body()).doesNotContain("responsable de 1 hitos"); // one milestone, in the singular

        HttpResponse<String> actor = browser.page("stl/actor?id=" + here.cso());
        assertEquals(200, actor.statusCode());
        assertThat(actor.body()).contains("mapa." + lower() + "@observatorio.mx", "stl/commitment?id=" + here.commitmentId());

        Map<String, String> inputs = new LinkedHashMap<>(Map.of("actorName", "Observatorio Ciudadanos " + here.code(),
                "actorType_input", "CSO", "kind_input", "ORGANIZATION", "save", ""));
        HttpResponse<String> warned = browser.submitShown("stl/actors", map.body(), "newActor", inputs);
        assertEquals(200, warned.statusCode());
        assertThat(warned.body()).contains("id=\"similarWarning\"", "Se parece a:", "newActor:saveAnyway")
                .contains("value=\"Observatorio Ciudadanos " + here.code() + "\""); // the form keeps what was typed
        assertThat(warned.body().substring(warned.body().indexOf("similarWarning"))).contains("Observatorio Ciudadano " + here.code());
        assertThat(actors.ofState(here.stateId())).extracting(Actor::getName).doesNotContain("Observatorio Ciudadanos " + here.code());

        inputs.remove("save");
        inputs.put("saveAnyway", "");
        HttpResponse<String> saved = browser.submitShown("stl/actors", warned.body(), "newActor", inputs);
        assertEquals(302, saved.statusCode());
        assertThat(actors.ofState(here.stateId())).extracting(Actor::getName).contains("Observatorio Ciudadanos " + here.code());

        World there = scenario.newState();
        actAs(here.secretariat());
        HttpResponse<String> otherState = browser.page("stl/actor?id=" + there.cso());
        assertEquals(404, otherState.statusCode(), otherState.body()); // as for an actor that does not exist (issue 11, item 12)
        assertThat(otherState.body()).doesNotContain("Observatorio Ciudadano " + there.code());
    }
}
