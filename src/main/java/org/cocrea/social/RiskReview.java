package org.cocrea.social;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.cocrea.shared.persistence.Recorded;

/** One review of a risk in its monitoring history: the day, the new likelihood and impact, what changed, who. Never edited. */
@Entity
@Table(name = "risk_review")
public class RiskReview extends Recorded {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "risk_id", nullable = false, updatable = false)
    private ProgramRisk risk;

    @Column(name = "reviewed_on", nullable = false, updatable = false)
    private LocalDate reviewedOn;

    @Embedded
    private RiskLevel level;

    @Column(name = "what_changed", nullable = false, updatable = false)
    private String whatChanged;

    @Column(name = "reviewed_by", nullable = false, updatable = false)
    private String reviewedBy;

    protected RiskReview() {
    }

    RiskReview(ProgramRisk risk, LocalDate reviewedOn, RiskLevel level, String whatChanged, String reviewedBy) {
        this.risk = risk;
        this.reviewedOn = reviewedOn;
        this.level = level;
        this.whatChanged = whatChanged;
        this.reviewedBy = reviewedBy;
    }

    public Long getId() { return id; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public RiskLevel getLevel() { return level; }
    public String getWhatChanged() { return whatChanged; }
    public String getReviewedBy() { return reviewedBy; }
}
