package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.ActingCaller.actAs;
import static org.cocrea.support.ActingCaller.actAsPublic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.account.AccountService;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Role;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.cocrea.support.Scenario;
import org.cocrea.support.Scenario.World;
import org.cocrea.support.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The secretariat manages its own people (responsible actors and evaluators of its state) and the
 * administrator every account of a state; every boundary tried from the wrong side, and the reset
 * flow to the forced password change at the next sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class AccountManagementIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject private Scenario scenario;
    @Inject private AccountService accounts;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @ArquillianResource
    private URL base;

    private World here;
    private World there;

    @BeforeEach
    void twoStates() {
        here = scenario.newState();
        there = scenario.newState();
    }

    private long idOf(String username) {
        return em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
    }

    private List<String> auditActionsOf(long accountId) {
        return em.createQuery("select e.action from AuditEntry e where e.entityType = 'Account' and e.entityId = :id order by e.id",
                String.class).setParameter("id", accountId).getResultList();
    }

    private static Account form(String username, Role role) {
        Account form = Account.blank();
        form.setUsername(username);
        form.setFullName("Persona " + username);
        form.setEmail(username + "@ejemplo.mx");
        form.setRole(role);
        return form;
    }

    @Test
    void theSecretariatCreatesDeactivatesAndReactivatesItsPeopleAndEveryChangeIsAudited() {
        actAs(here.secretariat());
        String name = here.code().toLowerCase() + ".nuevo";
        long id = accounts.create(form(name, Role.RESPONSIBLE_ACTOR), here.stateId(), here.cso(), Scenario.PASSWORD).getId();
        actAs(here.institute());
        long evaluator = accounts.create(form(name + "e", Role.EVALUATOR), here.stateId(), here.academia(), Scenario.PASSWORD).getId();
        accounts.setActive(id, false);
        assertFalse(em.find(Account.class, id).isActive());
        actAs(here.secretariat());
        accounts.setActive(id, true);
        accounts.resetPassword(evaluator);
        assertThat(accounts.ofState(here.stateId())).extracting(Account::getUsername).contains(name, name + "e");
        assertEquals(List.of("CREATE", "DEACTIVATE", "ACTIVATE"), auditActionsOf(id));
        assertEquals(List.of("CREATE", "RESET_PASSWORD"), auditActionsOf(evaluator));
    }

    @Test
    void theSecretariatNeverGivesItsOwnRoleNorOneAboveItEvenFromATamperedSelect() {
        actAs(here.secretariat());
        for (Role role : new Role[] {Role.SECRETARIAT, Role.INFORMATION_INSTITUTE, Role.PLATFORM_ADMIN}) {
            DomainException refused = assertThrows(DomainException.class, () ->
                    accounts.create(form(here.code().toLowerCase() + ".alto" + role.ordinal(), role), here.stateId(), here.government(),
                            Scenario.PASSWORD));
            assertEquals("role", refused.field());
            assertEquals("account.role.notAllowed", refused.messageKey());
        }
        assertThrows(DomainException.class, () ->
                accounts.create(form(here.code().toLowerCase() + ".sinrol", null), here.stateId(), here.cso(), Scenario.PASSWORD));
    }

    @Test
    void theSecretariatDoesNotTouchItsPeersNorTheAdministratorNorEditAnything() {
        actAs(here.secretariat());
        long institute = idOf(here.institute());
        long admin = idOf(TestDatabaseSession.ADMIN_USERNAME);
        long cso = idOf(here.csoMember());
        assertThrows(AccessDeniedException.class, () -> accounts.setActive(institute, false));
        assertThrows(AccessDeniedException.class, () -> accounts.resetPassword(institute));
        assertThrows(AccessDeniedException.class, () -> accounts.resetPassword(admin));
        assertThrows(AccessDeniedException.class, () -> accounts.setActive(admin, false));
        assertThrows(AccessDeniedException.class, () -> accounts.edit(cso, form("x", Role.RESPONSIBLE_ACTOR), here.stateId(), here.cso(), true));
        assertThrows(AccessDeniedException.class, () -> accounts.managed(institute));
        assertTrue(em.find(Account.class, institute).isActive());
    }

    @Test
    void anotherStatesSecretariatIsRefusedEverywhereEvenWithTamperedIds() {
        actAs(there.secretariat());
        long cso = idOf(here.csoMember());
        assertThrows(AccessDeniedException.class, () -> accounts.setActive(cso, false));
        assertThrows(AccessDeniedException.class, () -> accounts.resetPassword(cso));
        assertThrows(AccessDeniedException.class, () -> accounts.managed(cso));
        assertThrows(AccessDeniedException.class, () -> accounts.ofState(here.stateId()));
        // its own state's form, with another state's id or organization posted in
        assertThrows(AccessDeniedException.class, () -> accounts.create(form(there.code().toLowerCase() + ".intruso", Role.EVALUATOR),
                here.stateId(), here.academia(), Scenario.PASSWORD));
        DomainException otherActor = assertThrows(DomainException.class, () -> accounts.create(
                form(there.code().toLowerCase() + ".cruzado", Role.RESPONSIBLE_ACTOR), there.stateId(), here.cso(), Scenario.PASSWORD));
        assertEquals("actor", otherActor.field());
        assertFalse(accounts.usernameTaken(there.code().toLowerCase() + ".cruzado"), "nothing half-saved");
        assertTrue(em.find(Account.class, cso).isActive());
    }

    @Test
    void responsibleActorsEvaluatorsAndThePublicManageNobody() {
        long agency = idOf(here.agencyMember());
        long cso = idOf(here.csoMember());
        for (String who : new String[] {here.csoMember(), here.evaluator(), null}) {
            actAs(who);
            assertThrows(AccessDeniedException.class, () -> accounts.ofState(here.stateId()), String.valueOf(who));
            assertThrows(AccessDeniedException.class, () -> accounts.resetPassword(agency));
            assertThrows(AccessDeniedException.class, () -> accounts.setActive(cso, false));
            assertThrows(AccessDeniedException.class, () -> accounts.create(form("z" + here.code().toLowerCase(), Role.EVALUATOR),
                    here.stateId(), here.academia(), Scenario.PASSWORD));
        }
        actAsPublic();
        assertTrue(em.find(Account.class, cso).isActive());
    }

    @Test
    void theAdministratorEditsAnAccountButNeverMakesAnAdministrator() {
        actAs(TestDatabaseSession.ADMIN_USERNAME);
        long cso = idOf(here.csoMember());
        Account edit = form(here.csoMember(), Role.EVALUATOR);
        edit.setFullName("Nombre corregido");
        accounts.edit(cso, edit, there.stateId(), there.academia(), false);
        Account edited = accounts.managed(cso);
        assertEquals("Nombre corregido", edited.getFullName());
        assertEquals(Role.EVALUATOR, edited.getRole());
        assertEquals(there.stateId(), edited.getState().getId());
        assertFalse(edited.isActive());
        assertThat(auditActionsOf(cso)).endsWith("EDIT");

        DomainException admin = assertThrows(DomainException.class, () ->
                accounts.edit(cso, form(here.csoMember(), Role.PLATFORM_ADMIN), null, null, true));
        assertEquals("role", admin.field());
        DomainException mixed = assertThrows(DomainException.class, () ->
                accounts.edit(cso, form(here.csoMember(), Role.RESPONSIBLE_ACTOR), here.stateId(), there.cso(), true));
        assertEquals("actor", mixed.field());
        long adminId = idOf(TestDatabaseSession.ADMIN_USERNAME);
        assertThrows(AccessDeniedException.class, () -> accounts.resetPassword(adminId));
    }

    @Test
    void aResetShowsATemporaryPasswordOnceAndTheNextSignInMustChangeIt() throws Exception {
        actAs(here.secretariat());
        String first = accounts.resetPassword(idOf(here.csoMember()));
        String temporary = accounts.resetPassword(idOf(here.csoMember()));
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo(first);

        PageClient old = new PageClient(base);
        assertEquals(200, old.signIn(here.csoMember(), Scenario.PASSWORD).statusCode(), "the old password no longer signs in");

        PageClient person = new PageClient(base);
        HttpResponse<String> signIn = person.signIn(here.csoMember(), temporary);
        assertEquals(302, signIn.statusCode());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        HttpResponse<String> elsewhere = person.page("actor/milestones");
        assertEquals(302, elsewhere.statusCode(), "nowhere else before the change");
        assertThat(elsewhere.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        assertThat(person.page("account/password").body()).contains("mustChange");

        HttpResponse<String> changed = person.submit("account/password", "changePassword", Map.of("currentPassword", temporary,
                "newPassword", "Mi-propia-clave-2026", "repeatPassword", "Mi-propia-clave-2026", "change", ""));
        assertEquals(302, changed.statusCode(), changed.body());
        assertEquals(200, person.page("actor/milestones").statusCode());
        assertFalse(accounts.mustChangePassword(here.csoMember()));
        assertEquals(List.of("CREATE", "RESET_PASSWORD", "RESET_PASSWORD", "CHANGE_PASSWORD"), auditActionsOf(idOf(here.csoMember())));
    }

    @Test
    void theSecretariatsPageListsItsStateAndTheEditPageIsTheAdministratorsOnly() throws Exception {
        long cso = idOf(here.csoMember());
        PageClient secretariat = new PageClient(base);
        secretariat.signIn(here.secretariat(), Scenario.PASSWORD);
        HttpResponse<String> page = secretariat.page("stl/accounts");
        assertEquals(200, page.statusCode());
        assertThat(page.body()).contains(here.csoMember(), here.evaluator()).doesNotContain(there.csoMember());
        assertEquals(403, secretariat.page("admin/account?id=" + cso).statusCode());

        PageClient evaluator = new PageClient(base);
        evaluator.signIn(here.evaluator(), Scenario.PASSWORD);
        assertEquals(403, evaluator.page("stl/accounts").statusCode());

        PageClient admin = new PageClient(base);
        admin.signIn(TestDatabaseSession.ADMIN_USERNAME, TestDatabaseSession.ADMIN_PASSWORD);
        assertEquals(200, admin.page("admin/account?id=" + cso).statusCode());
        HttpResponse<String> statePage = admin.page("admin/state?id=" + here.stateId());
        assertEquals(200, statePage.statusCode());
        assertThat(statePage.body()).contains(here.secretariat(), ":reset")
                .containsPattern("admin/account(\\.xhtml)?\\?id=" + cso + "\"");
        assertEquals(404, admin.page("admin/account?id=" + idOf(TestDatabaseSession.ADMIN_USERNAME)).statusCode(),
                "an administrator's account is not edited here: answered as a record that is not there (issue 11, item 12)");
    }
}
