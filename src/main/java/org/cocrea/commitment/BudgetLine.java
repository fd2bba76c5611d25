package org.cocrea.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cocrea.shared.DomainException;

/** The money behind a commitment in one fiscal year: approved, modified and spent (pesos). */
@Entity
@Table(name = "budget_line")
public class BudgetLine implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The fiscal years a budget line may be for (the form's year field reads them too). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Digits(integer = 16, fraction = 2)
    private BigDecimal approved;

    @Digits(integer = 16, fraction = 2)
    private BigDecimal modified;

    @Digits(integer = 16, fraction = 2)
    private BigDecimal spent;

    // What the commitment's published version says of this year (issue 11): whether the public
    // reads it at all, what was approved, and a removal waiting for the next publication.
    @Column(name = "published", nullable = false)
    private boolean published;

    @Digits(integer = 16, fraction = 2)
    @Column(name = "published_approved")
    private BigDecimal publishedApproved;

    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    protected BudgetLine() {
    }

    BudgetLine(Commitment commitment, int fiscalYear, BigDecimal approved, BigDecimal modified, BigDecimal spent) {
        this.commitment = commitment;
        this.fiscalYear = fiscalYear;
        change(approved, modified, spent);
    }

    /** Refuses a missing fiscal year or one outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}. */
    public static void requireFiscalYear(Integer fiscalYear) {
        if (fiscalYear == null || fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR) {
            throw DomainException.onField("fiscalYear", "budget.year.invalid");
        }
    }

    /**
     * Changes the amounts (none negative). What was spent (ejercido) cannot exceed what is available: the modified
     * amount when there is one, else the approved one.
     */
    void change(BigDecimal approved, BigDecimal modified, BigDecimal spent) {
        checkAmounts(fiscalYear, approved, modified, spent);
        this.approved = approved;
        this.modified = modified;
        this.spent = spent;
        this.withdrawn = false;
    }

    /**
     * The one rule of a fiscal year's money, for commitments and social programs alike: no amount negative, and
     * what was spent (ejercido) not above what is available (the modified amount when there is one, else the
     * approved one). Refusals on the field "budget".
     */
    public static void checkAmounts(int fiscalYear, BigDecimal approved, BigDecimal modified, BigDecimal spent) {
        for (BigDecimal amount : new BigDecimal[] {approved, modified, spent}) {
            if (amount != null && amount.signum() < 0) {
                throw DomainException.onField("budget", "budget.negative");
            }
        }
        BigDecimal available = modified != null ? modified : approved;
        if (spent != null && available != null && spent.compareTo(available) > 0) {
            throw DomainException.onField("budget", "budget.spentExceeds", fiscalYear);
        }
    }

    /** Spent as a percent of what is available, or null when either is unknown or zero. */
    public static Integer spentPercent(BigDecimal approved, BigDecimal modified, BigDecimal spent) {
        BigDecimal available = modified != null ? modified : approved;
        if (spent == null || available == null || available.signum() == 0) {
            return null;
        }
        return spent.multiply(BigDecimal.valueOf(100)).divide(available, 0, RoundingMode.HALF_UP).intValue();
    }

    /** The commitment publishes a version: this year, as it is now, is what the public reads. */
    void publish() {
        published = true;
        publishedApproved = approved;
    }

    /** Removed during a revision: the public keeps reading it until the next publication. */
    void withdraw() {
        withdrawn = true;
    }

    /** A detached copy as the public reads it: the published approved amount, the live modified and spent ones. */
    BudgetLine asPublished() {
        BudgetLine copy = new BudgetLine();
        copy.id = id;
        copy.commitment = commitment;
        copy.fiscalYear = fiscalYear;
        copy.approved = publishedApproved;
        copy.modified = modified;
        copy.spent = spent;
        copy.published = true;
        return copy;
    }

    public boolean isPublished() { return published; }
    public boolean isWithdrawn() { return withdrawn; }

    /** Spent as a percent of what is available, or null when either is unknown or zero. */
    public Integer spentPercent() {
        return spentPercent(approved, modified, spent);
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
