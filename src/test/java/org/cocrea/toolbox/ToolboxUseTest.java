package org.cocrea.toolbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.cocrea.account.Account;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.file.StoredFile;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.shared.Caller;
import org.cocrea.shared.Dates;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Role;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a toolbox use: which materials a plan may use, what an adapted use holds, a withdrawal, who reads the versions. */
class ToolboxUseTest {

    private static final Instant NOW = TestClock.FIXED.instant();

    private State sonora;
    private State durango;
    private Account admin;
    private ActionPlan plan;

    private static Caller caller(Role role, Long stateId) {
        return new Caller(99L, "someone", role, stateId, null, null, Dates.DEFAULT_ZONE);
    }

    @BeforeEach
    void setUp() {
        sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        durango = withId(new State("DGO", "Durango", "STL Durango"), 2L);
        admin = withId(new Account("admin", "Admin", "admin@ejemplo.mx", Role.PLATFORM_ADMIN, null, null, false), 1L);
        plan = withId(new ActionPlan(sonora, "Plan 2026–2027", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                TestClock.FIXED), 10L);
    }

    private ToolboxMaterial material(State state) {
        ToolboxMaterial material = ToolboxMaterial.blank();
        material.setTitle("Guía de cocreación");
        material.setPhase(Phase.CO_CREATION);
        material.placeIn(state, admin);
        return withId(material, state == null ? 5L : 6L);
    }

    private static ToolboxUse form(Phase phase, UseKind kind, String note) {
        ToolboxUse form = ToolboxUse.blank();
        form.setPhase(phase);
        form.setKind(kind);
        form.setNote(note);
        return form;
    }

    private ToolboxUse recorded(UseKind kind) {
        ToolboxUse use = form(Phase.TRAINING, kind, "  Para el taller  ");
        use.recordIn(plan, material(null), "stl.son");
        return withId(use, 20L);
    }

    private static Attachment file() {
        return new Attachment(AttachmentOwner.TOOLBOX_USE, 20L, 1L, StoredFile.link("https://ejemplo.mx/adaptada", null));
    }

    @Test
    void aPlanUsesSharedMaterialsAndItsStatesOwnInItsState() {
        ToolboxUse shared = recorded(UseKind.USED);
        assertEquals(1L, shared.getStateId());
        assertEquals("Para el taller", shared.getNote());
        assertEquals("stl.son", shared.getRecordedBy());

        ToolboxUse own = form(Phase.IDENTIFICATION, UseKind.ADAPTED, null);
        own.recordIn(plan, material(sonora), "stl.son");
        assertEquals(1L, own.getStateId());
    }

    @Test
    void anotherStatesMaterialOrNoneIsUnknown() {
        DomainException foreign = assertThrows(DomainException.class,
                () -> form(Phase.TRAINING, UseKind.USED, null).recordIn(plan, material(durango), "stl.son"));
        assertEquals("material", foreign.field());
        assertEquals("toolboxUse.material.unknown", foreign.messageKey());
        assertEquals("material", assertThrows(DomainException.class,
                () -> form(Phase.TRAINING, UseKind.USED, null).recordIn(plan, null, "stl.son")).field());
    }

    @Test
    void phaseAndKindAreRequiredAndTheNoteHasALimit() {
        assertEquals("phase", assertThrows(DomainException.class,
                () -> form(null, UseKind.USED, null).recordIn(plan, material(null), "stl.son")).field());
        assertEquals("kind", assertThrows(DomainException.class,
                () -> form(Phase.TRAINING, null, null).recordIn(plan, material(null), "stl.son")).field());
        DomainException tooLong = assertThrows(DomainException.class,
                () -> form(Phase.TRAINING, UseKind.USED, "x".repeat(ToolboxUse.NOTE + 1)).recordIn(plan, material(null), "stl.son"));
        assertEquals("toolboxUse.note.tooLong", tooLong.messageKey());
        recorded(UseKind.USED).takeFrom(form(Phase.TRAINING, UseKind.USED, "x".repeat(ToolboxUse.NOTE)));
    }

    @Test
    void onlyAnAdaptedUseHoldsAnAdaptedVersionAndThenStaysAdapted() {
        ToolboxUse used = recorded(UseKind.USED);
        DomainException refused = assertThrows(DomainException.class, () -> used.adaptedAs(file()));
        assertEquals("file", refused.field());
        assertEquals("toolboxUse.file.onlyAdapted", refused.messageKey());
        assertThat(used.mayAttach(caller(Role.SECRETARIAT, 1L))).isFalse();

        ToolboxUse adapted = recorded(UseKind.ADAPTED);
        assertThat(adapted.mayAttach(caller(Role.SECRETARIAT, 1L))).isTrue();
        assertThat(adapted.mayAttach(caller(Role.SECRETARIAT, 2L))).isFalse();
        assertThat(adapted.mayAttach(caller(Role.RESPONSIBLE_ACTOR, 1L))).isFalse();
        adapted.adaptedAs(file());
        DomainException back = assertThrows(DomainException.class, () -> adapted.takeFrom(form(Phase.TRAINING, UseKind.USED, null)));
        assertEquals("kind", back.field());
        adapted.takeFrom(form(Phase.EVALUATION, UseKind.ADAPTED, "otra fase"));
        assertEquals(Phase.EVALUATION, adapted.getPhase());
    }

    @Test
    void aWithdrawalNeedsAReasonIsKeptAndFreezesTheUse() {
        ToolboxUse use = recorded(UseKind.ADAPTED);
        assertEquals("reason", assertThrows(DomainException.class, () -> use.withdraw("  ", "stl.son", NOW)).field());
        use.withdraw("Registrado por error", "stl.son", NOW);
        assertThat(use.isWithdrawn()).isTrue();
        assertEquals("Registrado por error", use.getWithdrawReason());
        assertEquals(NOW, use.getWithdrawnAt());
        assertEquals("toolboxUse.isWithdrawn", assertThrows(DomainException.class,
                () -> use.withdraw("otra vez", "stl.son", NOW)).messageKey());
        assertThrows(DomainException.class, () -> use.takeFrom(form(Phase.TRAINING, UseKind.ADAPTED, null)));
        assertThrows(DomainException.class, () -> use.adaptedAs(file()));
        assertThat(use.mayAttach(caller(Role.SECRETARIAT, 1L))).isFalse();
        assertThat(use.auditSnapshot()).containsEntry("withdrawReason", "Registrado por error");
    }

    @Test
    void theVersionsArePublicOnlyForAPublishedPlanAndASharedMaterial() {
        ToolboxUse use = recorded(UseKind.ADAPTED);
        assertThat(use.attachmentsArePublic()).isFalse(); // the plan is a draft
        assertThat(use.maySeeAttachments(Caller.ANONYMOUS)).isFalse();
        assertThat(use.maySeeAttachments(caller(Role.RESPONSIBLE_ACTOR, 1L))).isTrue();
        assertThat(use.maySeeAttachments(caller(Role.SECRETARIAT, 2L))).isFalse();
        assertThat(use.maySeeAttachments(caller(Role.PLATFORM_ADMIN, null))).isTrue();

        plan.publish(NOW);
        assertThat(use.attachmentsArePublic()).isTrue();
        assertThat(use.maySeeAttachments(Caller.ANONYMOUS)).isTrue();

        ToolboxUse own = form(Phase.TRAINING, UseKind.ADAPTED, null);
        own.recordIn(plan, material(sonora), "stl.son");
        assertThat(own.attachmentsArePublic()).isFalse();
        assertThat(own.maySeeAttachments(Caller.ANONYMOUS)).isFalse();

        use.withdraw("Ya no aplica", "stl.son", NOW);
        assertThat(use.attachmentsArePublic()).isFalse();
        assertThat(use.maySeeAttachments(Caller.ANONYMOUS)).isFalse();
    }
}
