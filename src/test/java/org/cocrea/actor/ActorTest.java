package org.cocrea.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cocrea.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {

    private static Actor form(String name, ActorType type) {
        Actor form = Actor.blank();
        form.setName(name);
        form.setType(type);
        return form;
    }

    private static DomainException refusal(Actor form) {
        return catchThrowableOfType(DomainException.class, form::checkRules);
    }

    @Test
    void aBlankFormIsAnOrganizationOutsideTheSecretariat() {
        Actor blank = Actor.blank();
        assertThat(blank.getKind()).isEqualTo(ActorKind.ORGANIZATION);
        assertThat(blank.getSecretariatRole()).isNull();
        assertThat(blank.isInSecretariat()).isFalse();
    }

    @Test
    void aNameAndATypeAreRequired() {
        DomainException noName = refusal(form("  ", ActorType.CSO));
        assertThat(noName.field()).isEqualTo("actorName");
        assertThat(noName.messageKey()).isEqualTo("actor.name.required");
        DomainException noType = refusal(form("Observatorio", null));
        assertThat(noType.field()).isEqualTo("actorType");
        assertThat(noType.messageKey()).isEqualTo("actor.type.required");
    }

    @Test
    void onlyTheInformationInstituteMayBeTheLeadAlly() {
        Actor agency = form("Secretaría de la Función Pública", ActorType.GOVERNMENT_AGENCY);
        agency.setSecretariatRole(SecretariatRole.LEAD_ALLY);
        DomainException refused = refusal(agency);
        assertThat(refused.field()).isEqualTo("secretariatRole");
        assertThat(refused.messageKey()).isEqualTo("actors.leadAlly.onlyInstitute");

        agency.setSecretariatRole(SecretariatRole.MEMBER);
        assertThatCode(agency::checkRules).doesNotThrowAnyException();

        Actor institute = form("Instituto de Transparencia", ActorType.INFORMATION_INSTITUTE);
        institute.setSecretariatRole(SecretariatRole.LEAD_ALLY);
        assertThatCode(institute::checkRules).doesNotThrowAnyException();
        assertThat(Actor.of(null, institute).isLeadAlly()).isTrue();
    }

    @Test
    void theLeadAllyRuleHoldsWhenTheTypeChangesLater() {
        Actor institute = form("Instituto de Transparencia", ActorType.INFORMATION_INSTITUTE);
        institute.setSecretariatRole(SecretariatRole.LEAD_ALLY);
        Actor actor = Actor.of(null, institute);
        Actor edited = form("Instituto de Transparencia", ActorType.CSO);
        edited.setSecretariatRole(SecretariatRole.LEAD_ALLY);
        assertThat(catchThrowableOfType(DomainException.class, () -> actor.takeDetailsOf(edited)).messageKey())
                .isEqualTo("actors.leadAlly.onlyInstitute");
    }

    @ParameterizedTest
    @ValueSource(strings = {"contacto@observatorio.org.mx", "ana.lopez+stl@gob.mx", "x@y.co"})
    void wellFormedEmailsAreAccepted(String email) {
        Actor actor = form("Observatorio", ActorType.CSO);
        actor.setEmail(email);
        assertThatCode(actor::checkRules).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"contacto", "contacto@", "@observatorio.mx", "contacto@observatorio", "a b@c.mx", "a@b@c.mx", "a@.mx"})
    void malformedEmailsAreRefusedNextToTheField(String email) {
        Actor actor = form("Observatorio", ActorType.CSO);
        actor.setEmail(email);
        DomainException refused = refusal(actor);
        assertThat(refused.field()).isEqualTo("email");
        assertThat(refused.messageKey()).isEqualTo("actors.email.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://observatorio.org.mx", "http://www.puebla.gob.mx/transparencia?x=1", "HTTPS://EJEMPLO.MX"})
    void websitesOnTheWebAreAccepted(String website) {
        Actor actor = form("Observatorio", ActorType.CSO);
        actor.setWebsite(website);
        assertThatCode(actor::checkRules).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://observatorio.mx", "observatorio.mx", "www.observatorio.mx",
        "https://", "file:///etc/passwd", "https://ejemplo .mx"})
    void otherWebsitesAreRefusedNextToTheField(String website) {
        Actor actor = form("Observatorio", ActorType.CSO);
        actor.setWebsite(website);
        DomainException refused = refusal(actor);
        assertThat(refused.field()).isEqualTo("website");
        assertThat(refused.messageKey()).isEqualTo("actors.website.invalid");
    }

    /** How long an e-mail address or a website may be is their columns' limit, declared once, as @Size. */
    @Test
    void theLengthsOfEmailAndWebsiteAreTheirFieldsSize() throws NoSuchFieldException {
        assertThat(Actor.class.getDeclaredField("email").getAnnotation(jakarta.validation.constraints.Size.class).max()).isEqualTo(200);
        assertThat(Actor.class.getDeclaredField("website").getAnnotation(jakarta.validation.constraints.Size.class).max()).isEqualTo(500);
        Actor actor = form("Observatorio", ActorType.CSO);
        actor.setEmail("a".repeat(190) + "@ejemplo.mx");
        actor.setWebsite("https://ejemplo.mx/" + "a".repeat(490));
        assertThatCode(actor::checkRules).as("the rules of the fields' form do not repeat their length").doesNotThrowAnyException();
    }

    @Test
    void blankOptionalFieldsAreStoredAsNothing() {
        Actor form = form("  Observatorio Ciudadano  ", ActorType.CSO);
        form.setEmail("   ");
        form.setWebsite("");
        form.setAcronym(" OC ");
        Actor actor = Actor.of(null, form);
        assertThat(actor.getName()).isEqualTo("Observatorio Ciudadano");
        assertThat(actor.getEmail()).isNull();
        assertThat(actor.getWebsite()).isNull();
        assertThat(actor.getAcronym()).isEqualTo("OC");
    }

    @Test
    void contactDetailsAreCheckedOnceTrimmed() {
        Actor form = form("Observatorio", ActorType.CSO);
        form.setEmail("  contacto@observatorio.mx ");
        form.setWebsite(" https://observatorio.mx ");
        Actor actor = Actor.of(null, form);
        assertThat(actor.getEmail()).isEqualTo("contacto@observatorio.mx");
        assertThat(actor.getWebsite()).isEqualTo("https://observatorio.mx");
    }

    @Test
    void onlyAPersonHasAGender() {
        Actor person = form("María Pérez", ActorType.CITIZEN);
        person.setKind(ActorKind.PERSON);
        person.setGender(Gender.WOMAN);
        assertThat(Actor.of(null, person).getGender()).isEqualTo(Gender.WOMAN);

        Actor organization = form("Colectivo Ciudadano", ActorType.CSO);
        organization.setGender(Gender.WOMAN);
        assertThat(Actor.of(null, organization).getGender()).isNull();
    }

    @ParameterizedTest
    @EnumSource(ActorType.class)
    void theSectorComesFromTheType(ActorType type) {
        assertThat(form("X", type).getSector()).isEqualTo(type.sector());
    }

    @Test
    void theInformationInstituteCountsWithGovernment() {
        assertThat(form("Instituto", ActorType.INFORMATION_INSTITUTE).getSector()).isEqualTo(Sector.GOVERNMENT);
        assertThat(form("Observatorio", ActorType.CSO).getSector()).isEqualTo(Sector.CIVIL_SOCIETY);
        assertThat(form("Universidad", ActorType.ACADEMIA).getSector()).isEqualTo(Sector.ACADEMIA);
        assertThat(form("Cámara", ActorType.PRIVATE_SECTOR).getSector()).isEqualTo(Sector.PRIVATE_SECTOR);
        assertThat(form("Vecina", ActorType.CITIZEN).getSector()).isEqualTo(Sector.CITIZENS);
        assertThat(form("Congreso", ActorType.LEGISLATURE).getSector()).isEqualTo(Sector.GOVERNMENT);
    }

    @Test
    void theAuditSnapshotRecordsTheContactDetails() {
        Actor form = form("Observatorio", ActorType.CSO);
        form.setEmail("contacto@observatorio.mx");
        assertThat(Actor.of(null, form).auditSnapshot()).containsEntry("email", "contacto@observatorio.mx").containsKey("secretariatRole");
    }
}
