package org.cocrea.social;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.cocrea.commitment.BudgetLine;

/** The money of a social program in one fiscal year: approved, modified and spent (pesos), checked by the commitments' rule. */
@Entity
@Table(name = "social_program_year")
public class ProgramYear implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private SocialProgram program;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    private BigDecimal approved;
    private BigDecimal modified;
    private BigDecimal spent;

    protected ProgramYear() {
    }

    ProgramYear(SocialProgram program, int fiscalYear, BigDecimal approved, BigDecimal modified, BigDecimal spent) {
        this.program = program;
        this.fiscalYear = fiscalYear;
        change(approved, modified, spent);
    }

    void change(BigDecimal approved, BigDecimal modified, BigDecimal spent) {
        BudgetLine.checkAmounts(fiscalYear, approved, modified, spent);
        this.approved = approved;
        this.modified = modified;
        this.spent = spent;
    }

    /** Spent as a percent of what is available (the commitments' rule), or null. */
    public Integer spentPercent() {
        return BudgetLine.spentPercent(approved, modified, spent);
    }

    public Long getId() { return id; }
    public int getFiscalYear() { return fiscalYear; }
    public BigDecimal getApproved() { return approved; }
    public BigDecimal getModified() { return modified; }
    public BigDecimal getSpent() { return spent; }

    @Override
    public String toString() {
        return fiscalYear + ": approved " + approved + ", modified " + modified + ", spent " + spent;
    }
}
