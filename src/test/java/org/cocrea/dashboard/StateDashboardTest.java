package org.cocrea.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cocrea.commitment.MoneyTotals;
import org.junit.jupiter.api.Test;

class StateDashboardTest {

    @Test
    void moneyAddsOverPlansAndStaysNotRecordedWhereNobodyRecordedIt() {
        MoneyTotals total = StateDashboard.total(List.of(
                new MoneyTotals(new BigDecimal("10.50"), null, new BigDecimal("3")),
                new MoneyTotals(new BigDecimal("4.50"), null, null)));
        assertThat(total.approved()).isEqualByComparingTo("15.00");
        assertThat(total.modified()).isNull();
        assertThat(total.spent()).isEqualByComparingTo("3");
        assertThat(StateDashboard.total(List.of()).approved()).isNull();
    }

    @Test
    void sharesAreWholePercentAndNullWithoutMilestones() {
        assertThat(StateDashboard.share(1, 3)).isEqualTo(33);
        assertThat(StateDashboard.share(2, 3)).isEqualTo(67);
        assertThat(StateDashboard.share(0, 0)).isNull();
    }
}
