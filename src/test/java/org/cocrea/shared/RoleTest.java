package org.cocrea.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Who manages whose accounts: never an administrator, never a peer or a role above one's own. */
class RoleTest {

    private static Role[] managedBy(Role manager) {
        return Arrays.stream(Role.values()).filter(manager::manages).toArray(Role[]::new);
    }

    @Test
    void theAdministratorManagesEveryRoleOfAStateButNoAdministrator() {
        assertThat(managedBy(Role.PLATFORM_ADMIN)).containsExactly(Role.SECRETARIAT, Role.INFORMATION_INSTITUTE,
                Role.RESPONSIBLE_ACTOR, Role.EVALUATOR);
    }

    @Test
    void theSecretariatAndTheInstituteManageResponsibleActorsAndEvaluatorsOnly() {
        assertThat(managedBy(Role.SECRETARIAT)).containsExactly(Role.RESPONSIBLE_ACTOR, Role.EVALUATOR);
        assertThat(managedBy(Role.INFORMATION_INSTITUTE)).containsExactly(Role.RESPONSIBLE_ACTOR, Role.EVALUATOR);
    }

    @Test
    void responsibleActorsAndEvaluatorsManageNobody() {
        assertThat(managedBy(Role.RESPONSIBLE_ACTOR)).isEmpty();
        assertThat(managedBy(Role.EVALUATOR)).isEmpty();
        assertThat(Role.SECRETARIAT.manages(null)).isFalse();
    }
}
