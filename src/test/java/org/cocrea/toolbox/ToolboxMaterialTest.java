package org.cocrea.toolbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cocrea.account.Account;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Role;
import org.cocrea.actor.ActorType;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.state.State;
import org.cocrea.shared.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ToolboxMaterialTest {

    private State sonora;
    private State durango;
    private Account admin;

    private static Caller caller(Role role, Long stateId) {
        return new Caller(99L, "someone", role, stateId, null, role == Role.RESPONSIBLE_ACTOR ? ActorType.CSO.name() : null, Dates.DEFAULT_ZONE);
    }

    @BeforeEach
    void setUp() {
        sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        durango = withId(new State("DGO", "Durango", "STL Durango"), 2L);
        admin = withId(new Account("admin", "Admin", "admin@ejemplo.mx", Role.PLATFORM_ADMIN, null, null, false), 1L);
    }

    private ToolboxMaterial material(State state) {
        ToolboxMaterial material = ToolboxMaterial.blank();
        material.setTitle("Guía de cocreación");
        material.placeIn(state, admin);
        return material;
    }

    @Test
    void theAdministratorAddsSharedMaterials() {
        assertNull(ToolboxMaterial.homeFor(caller(Role.PLATFORM_ADMIN, null), id -> sonora));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SECRETARIAT", "INFORMATION_INSTITUTE"})
    void aSecretariatMemberAddsOnlyToItsOwnState(Role role) {
        assertEquals(sonora, ToolboxMaterial.homeFor(caller(role, 1L), id -> id == 1L ? sonora : durango));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESPONSIBLE_ACTOR", "EVALUATOR"})
    void otherAccountsAddNothing(Role role) {
        assertThrows(AccessDeniedException.class, () -> ToolboxMaterial.homeFor(caller(role, 1L), id -> sonora));
    }

    @Test
    void thePublicAddsNothing() {
        assertThrows(AccessDeniedException.class, () -> ToolboxMaterial.homeFor(Caller.ANONYMOUS, id -> sonora));
    }

    @Test
    void sharedMaterialsAreForEverybody() {
        ToolboxMaterial shared = material(null);
        assertThat(shared.isShared()).isTrue();
        assertThat(shared.isVisibleTo(Caller.ANONYMOUS)).isTrue();
        assertThat(shared.isVisibleTo(caller(Role.SECRETARIAT, 2L))).isTrue();
        assertNull(shared.auditStateId());
    }

    @Test
    void aStatesMaterialIsForItsAccountsAndTheAdministratorOnly() {
        ToolboxMaterial own = material(sonora);
        assertThat(own.isShared()).isFalse();
        assertThat(own.isVisibleTo(caller(Role.SECRETARIAT, 1L))).isTrue();
        assertThat(own.isVisibleTo(caller(Role.RESPONSIBLE_ACTOR, 1L))).isTrue();
        assertThat(own.isVisibleTo(caller(Role.EVALUATOR, 1L))).isTrue();
        assertThat(own.isVisibleTo(caller(Role.PLATFORM_ADMIN, null))).isTrue();
        assertThat(own.isVisibleTo(Caller.ANONYMOUS)).isFalse();
        assertThat(own.isVisibleTo(caller(Role.SECRETARIAT, 2L))).isFalse();
        assertThat(own.isVisibleTo(caller(Role.RESPONSIBLE_ACTOR, 2L))).isFalse();
        assertEquals(1L, own.auditStateId());
    }

    @Test
    void whoMayAddAMaterialMayAttachItsFileAndLink() {
        ToolboxMaterial shared = material(null);
        assertThat(shared.attachmentOwner()).isEqualTo(AttachmentOwner.TOOLBOX);
        assertThat(shared.mayAttach(caller(Role.PLATFORM_ADMIN, null))).isTrue();
        assertThat(shared.mayAttach(caller(Role.SECRETARIAT, 1L))).isFalse();
        assertThat(shared.mayAttach(Caller.ANONYMOUS)).isFalse();
        ToolboxMaterial own = material(sonora);
        assertThat(own.mayAttach(caller(Role.SECRETARIAT, 1L))).isTrue();
        assertThat(own.mayAttach(caller(Role.INFORMATION_INSTITUTE, 1L))).isTrue();
        assertThat(own.mayAttach(caller(Role.SECRETARIAT, 2L))).isFalse();
        assertThat(own.mayAttach(caller(Role.RESPONSIBLE_ACTOR, 1L))).isFalse();
        assertThat(own.mayAttach(caller(Role.PLATFORM_ADMIN, null))).isFalse();
        assertThat(own.mayAttach(Caller.ANONYMOUS)).isFalse();
    }

    @Test
    void itsFileAndLinkAreForWhoeverSeesTheMaterialAndPublicWhenShared() {
        ToolboxMaterial shared = material(null);
        assertThat(shared.attachmentsArePublic()).isTrue();
        assertThat(shared.maySeeAttachments(Caller.ANONYMOUS)).isTrue();
        assertThat(shared.maySeeAttachments(caller(Role.RESPONSIBLE_ACTOR, 2L))).isTrue();
        ToolboxMaterial own = material(sonora);
        assertThat(own.attachmentsArePublic()).isFalse();
        assertThat(own.maySeeAttachments(caller(Role.EVALUATOR, 1L))).isTrue();
        assertThat(own.maySeeAttachments(caller(Role.PLATFORM_ADMIN, null))).isTrue();
        assertThat(own.maySeeAttachments(caller(Role.SECRETARIAT, 2L))).isFalse();
        assertThat(own.maySeeAttachments(Caller.ANONYMOUS)).isFalse();
    }

    @Test
    void aMaterialIsPlacedOnce() {
        ToolboxMaterial own = material(sonora);
        assertThrows(IllegalStateException.class, () -> own.placeIn(durango, admin));
        assertEquals(sonora, own.getState());
    }

    @Test
    void languagesHaveTheirCodes() {
        assertEquals("es", MaterialLanguage.ES.code());
        assertEquals("en", MaterialLanguage.EN.code());
    }
}
