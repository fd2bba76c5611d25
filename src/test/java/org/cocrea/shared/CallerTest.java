package org.cocrea.shared;

import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.state.State;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CallerTest {

    private static final Long SONORA = 1L;
    private static final Long VERACRUZ = 2L;

    private static Caller caller(Role role, Long stateId) {
        return new Caller(50L, "usuario", role, stateId, null, null, Dates.DEFAULT_ZONE);
    }

    private static Caller admin() {
        return new Caller(1L, "admin", Role.PLATFORM_ADMIN, null, null, null, Dates.DEFAULT_ZONE);
    }

    @Nested
    class RunsSecretariatOf {

        @ParameterizedTest(name = "{0} of Sonora asks about Sonora: {1}, Veracruz: {2}")
        @CsvSource({
                "SECRETARIAT,           true,  false",
                "INFORMATION_INSTITUTE, true,  false",
                "RESPONSIBLE_ACTOR,     false, false",
                "EVALUATOR,             false, false",
                "PLATFORM_ADMIN,        false, false"})
        void onlySecretariatRolesInTheirOwnState(Role role, boolean ownState, boolean otherState) {
            Caller caller = caller(role, SONORA);
            assertEquals(ownState, caller.runsSecretariatOf(SONORA));
            assertEquals(otherState, caller.runsSecretariatOf(VERACRUZ));
        }

        @Test
        void theAdministratorHasNoStateAndRunsNone() {
            assertFalse(admin().runsSecretariatOf(SONORA));
            assertFalse(admin().runsSecretariatOf(null));
        }

        @Test
        void aSecretariatWithoutStateRunsNothingNotEvenTheNullState() {
            Caller broken = caller(Role.SECRETARIAT, null);
            assertFalse(broken.runsSecretariatOf(null));
            assertFalse(broken.runsSecretariatOf(SONORA));
        }

        @Test
        void noStateToAskAbout() {
            assertFalse(caller(Role.SECRETARIAT, SONORA).runsSecretariatOf(null));
        }

        @Test
        void comparesStateIdsByValue() {
            // Long values above the Long cache (-128..127) are distinct objects.
            Caller caller = caller(Role.SECRETARIAT, Long.valueOf(1000L));
            assertTrue(caller.runsSecretariatOf(Long.valueOf(1000L)));
        }
    }

    @Nested
    class Requirements {

        @Test
        void requireAdminLetsTheAdministratorThrough() {
            assertDoesNotThrow(() -> admin().requireAdmin());
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "PLATFORM_ADMIN")
        void requireAdminRefusesEveryOtherRole(Role role) {
            assertThrows(AccessDeniedException.class, () -> caller(role, SONORA).requireAdmin());
        }

        @Test
        void requireAdminRefusesThePublic() {
            assertThrows(AccessDeniedException.class, Caller.ANONYMOUS::requireAdmin);
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"SECRETARIAT", "INFORMATION_INSTITUTE"})
        void requireSecretariatOfLetsItsOwnSecretariatThrough(Role role) {
            assertDoesNotThrow(() -> caller(role, SONORA).requireSecretariatOf(SONORA));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"SECRETARIAT", "INFORMATION_INSTITUTE"})
        void requireSecretariatOfRefusesAnotherStatesSecretariat(Role role) {
            AccessDeniedException e = assertThrows(AccessDeniedException.class,
                    () -> caller(role, VERACRUZ).requireSecretariatOf(SONORA));
            assertEquals("error.accessDenied", e.messageKey());
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"RESPONSIBLE_ACTOR", "EVALUATOR"})
        void requireSecretariatOfRefusesOtherRolesOfTheSameState(Role role) {
            assertThrows(AccessDeniedException.class, () -> caller(role, SONORA).requireSecretariatOf(SONORA));
        }

        @Test
        void requireSecretariatOfRefusesTheAdministratorAndThePublic() {
            assertThrows(AccessDeniedException.class, () -> admin().requireSecretariatOf(SONORA));
            assertThrows(AccessDeniedException.class, () -> Caller.ANONYMOUS.requireSecretariatOf(SONORA));
        }
    }

    @Nested
    class Anonymous {

        @Test
        void isAnonymousAndNothingElse() {
            Caller anonymous = Caller.ANONYMOUS;
            assertTrue(anonymous.isAnonymous());
            assertFalse(anonymous.isAdmin());
            assertFalse(anonymous.belongsTo(SONORA));
            assertFalse(anonymous.belongsTo(null));
            assertFalse(anonymous.runsSecretariatOf(SONORA));
            assertFalse(anonymous.actsFor(List.of(10L)));
        }

        @Test
        void aSignedInCallerIsNotAnonymous() {
            assertFalse(caller(Role.EVALUATOR, SONORA).isAnonymous());
            assertFalse(admin().isAnonymous());
            assertTrue(admin().isAdmin());
        }
    }

    @Nested
    class ActsFor {

        @Test
        void whenItsActorIsAmongThem() {
            Caller caller = new Caller(7L, "osc", Role.RESPONSIBLE_ACTOR, SONORA, 20L, "CSO", Dates.DEFAULT_ZONE);
            assertTrue(caller.actsFor(List.of(10L, 20L)));
            assertTrue(caller.worksForA(ActorType.CSO));
            assertFalse(caller.worksForA(ActorType.GOVERNMENT_AGENCY));
            assertFalse(caller.actsFor(List.of(10L, 21L)));
            assertFalse(caller.actsFor(List.of()));
        }

        @Test
        void neverWithoutAnActor() {
            assertFalse(caller(Role.SECRETARIAT, SONORA).actsFor(List.of(10L)));
        }

        @Test
        void neverAsAnEvaluatorWhoseOrganizationOnlySaysWhoItIs() {
            Caller evaluator = new Caller(8L, "eval", Role.EVALUATOR, SONORA, 30L, "ACADEMIA", Dates.DEFAULT_ZONE);
            assertFalse(evaluator.followsUpForItsOrganization());
            assertFalse(evaluator.actsFor(List.of(30L)));
            Caller academic = new Caller(9L, "uni", Role.RESPONSIBLE_ACTOR, SONORA, 30L, "ACADEMIA", Dates.DEFAULT_ZONE);
            assertTrue(academic.followsUpForItsOrganization());
            assertTrue(academic.actsFor(List.of(30L)));
        }
    }

    @Nested
    class FromAccount {

        @Test
        void takesTheFactsTheRulesNeed() {
            State sonora = withId(new State("SON", "Sonora", "STL Sonora"), SONORA);
            Actor cso = withId(new Actor(sonora, "Colectivo", ActorType.CSO), 20L);
            Account account = withId(new Account("osc.sonora", "Osc Sonora", "osc@example.org",
                    Role.RESPONSIBLE_ACTOR, sonora, cso, false), 7L);
            Caller caller = account.asCaller();
            assertEquals(new Caller(7L, "osc.sonora", Role.RESPONSIBLE_ACTOR, SONORA, 20L, "CSO", Dates.DEFAULT_ZONE), caller);
            assertTrue(caller.belongsTo(SONORA));
            assertFalse(caller.belongsTo(VERACRUZ));
        }

        @Test
        void carriesItsStatesZone() {
            State sonora = withId(new State("SON", "Sonora", "STL Sonora"), SONORA);
            sonora.changeZone("America/Hermosillo");
            Account account = withId(new Account("stl.sonora", "Stl Sonora", "stl@example.org",
                    Role.SECRETARIAT, sonora, null, false), 8L);
            assertEquals(java.time.ZoneId.of("America/Hermosillo"), account.asCaller().zone());
            assertEquals(Dates.DEFAULT_ZONE, Caller.ANONYMOUS.zone());
        }

        @Test
        void anAdministratorAccountHasNoState() {
            State sonora = withId(new State("SON", "Sonora", "STL Sonora"), SONORA);
            Account account = withId(new Account("root", "Admin", "admin@example.org",
                    Role.PLATFORM_ADMIN, sonora, null, false), 1L);
            Caller caller = account.asCaller();
            assertNull(caller.stateId());
            assertTrue(caller.isAdmin());
            assertFalse(caller.runsSecretariatOf(SONORA));
        }
    }
}
