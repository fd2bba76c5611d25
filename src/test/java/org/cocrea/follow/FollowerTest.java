package org.cocrea.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.cocrea.shared.DomainException;
import org.junit.jupiter.api.Test;

class FollowerTest {

    @Test
    void anAddressIsKeptInOneFormAndRefusedBesideItsFieldWhenItIsNotOne() {
        assertEquals("ana@ejemplo.mx", Follower.checkedAddress("  Ana@Ejemplo.MX "));
        for (String bad : new String[] {"", "ana", "ana@", "@ejemplo.mx", "ana@ejemplo", "a b@ejemplo.mx",
                "<script>@x.mx", "ana@ejemplo.mx, otra@ejemplo.mx", "a".repeat(250) + "@x.mx"}) {
            DomainException refused = assertThrows(DomainException.class, () -> Follower.checkedAddress(bad), bad);
            assertEquals("address", refused.field());
        }
        assertEquals("follow.address.required", assertThrows(DomainException.class, () -> Follower.checkedAddress(null)).messageKey());
    }

    @Test
    void confirmingTwiceKeepsTheFirstTimeAndTheTrailNeverHoldsTheAddress() {
        Follower follower = new Follower(FollowTarget.PLAN, 4, 2, "ana@ejemplo.mx", "fr");
        assertThat(follower.isConfirmed()).isFalse();
        assertEquals("es", follower.getLanguage(), "anything but en is Spanish");
        follower.confirm(Instant.parse("2026-01-01T00:00:00Z"));
        follower.confirm(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(follower.isConfirmed()).isTrue();
        assertThat(follower.auditSnapshot().toString()).doesNotContain("ana").contains("PLAN");
    }

    @Test
    void onlyTheThreeKindsAreTargets() {
        assertNull(FollowTarget.parse("ACCOUNT"));
        assertNull(FollowTarget.parse(null));
        assertEquals(FollowTarget.COMMITMENT, FollowTarget.parse("COMMITMENT"));
    }
}
