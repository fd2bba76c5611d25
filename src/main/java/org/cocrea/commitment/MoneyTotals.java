package org.cocrea.commitment;

import java.math.BigDecimal;

/** Approved, modified and spent money of one commitment or a whole plan; null = nobody recorded that amount. */
public record MoneyTotals(BigDecimal approved, BigDecimal modified, BigDecimal spent) {
}
