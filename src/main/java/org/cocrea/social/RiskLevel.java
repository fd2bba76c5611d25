package org.cocrea.social;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.cocrea.shared.DomainException;

/** A risk's likelihood and impact, each 1 (lowest) to 5 (highest); its score is their product. Immutable. */
@Embeddable
public class RiskLevel implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MIN = 1;
    public static final int MAX = 5;

    @Column(nullable = false)
    private int likelihood;

    @Column(nullable = false)
    private int impact;

    protected RiskLevel() {
    }

    private RiskLevel(int likelihood, int impact) {
        this.likelihood = likelihood;
        this.impact = impact;
    }

    /** A level, or a refusal beside the "likelihood" or "impact" input when a value is missing or outside 1–5. */
    public static RiskLevel of(Integer likelihood, Integer impact) {
        return new RiskLevel(checked(likelihood, "likelihood"), checked(impact, "impact"));
    }

    private static int checked(Integer value, String field) {
        if (value == null || value < MIN || value > MAX) {
            throw DomainException.onField(field, "social.risk.level.range", MIN, MAX);
        }
        return value;
    }

    public int score() {
        return likelihood * impact;
    }

    public RiskBand band() {
        return RiskBand.of(score());
    }

    public int getLikelihood() { return likelihood; }
    public int getImpact() { return impact; }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskLevel other && other.likelihood == likelihood && other.impact == impact;
    }

    @Override
    public int hashCode() {
        return likelihood * 31 + impact;
    }

    @Override
    public String toString() {
        return likelihood + "×" + impact;
    }
}
