package org.cocrea.commitment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A commitment's money by fiscal year and its totals: as the secretariat works on it, or as the public reads it. */
public record Budget(List<BudgetLine> lines) {

    public List<BudgetLine> getLines() {
        return lines;
    }

    public BigDecimal totalApproved() {
        return sum(BudgetLine::getApproved);
    }

    public BigDecimal totalModified() {
        return sum(BudgetLine::getModified);
    }

    public BigDecimal totalSpent() {
        return sum(BudgetLine::getSpent);
    }

    /**
     * The totals as the public reads them: null where no year records that amount, so that the page
     * says "no registrado" instead of $0.00.
     */
    public MoneyTotals recordedTotals() {
        return new MoneyTotals(recorded(BudgetLine::getApproved), recorded(BudgetLine::getModified),
                recorded(BudgetLine::getSpent));
    }

    private BigDecimal recorded(Function<BudgetLine, BigDecimal> amount) {
        return lines.stream().map(amount).anyMatch(Objects::nonNull) ? sum(amount) : null;
    }

    private BigDecimal sum(Function<BudgetLine, BigDecimal> amount) {
        return lines.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
