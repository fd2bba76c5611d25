package org.cocrea.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * Progress in percent (0–100), or "not computable" when there is nothing to compute it from
 * (a commitment without milestones). Roll-ups use one rule at every level: a weighted mean with
 * the weights normalized; when no part has a weight, a plain mean; parts without a weight count
 * as weight zero once any sibling has one. Parts that are themselves not computable are left out.
 */
public final class Progress implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Progress NOT_COMPUTABLE = new Progress(null);

    /** Null when not computable (OptionalDouble does not serialize; pages keep progress in their sessions). */
    private final Double percent;

    private Progress(Double percent) {
        this.percent = percent;
    }

    public static Progress of(double percent) {
        if (percent < 0 || percent > 100 || Double.isNaN(percent)) {
            throw new IllegalArgumentException("percent out of range: " + percent);
        }
        return new Progress(percent);
    }

    public static Progress notComputable() {
        return NOT_COMPUTABLE;
    }

    /** One part of a roll-up: its progress and its weight (null when none was given). */
    public record Part(Progress progress, BigDecimal weight) {
        public static Part unweighted(Progress progress) {
            return new Part(progress, null);
        }
    }

    public static Progress rollUp(Collection<Part> parts) {
        var computable = parts.stream().filter(p -> p.progress().isComputable()).toList();
        if (computable.isEmpty()) {
            return NOT_COMPUTABLE;
        }
        double totalWeight = computable.stream().mapToDouble(Progress::weightOf).sum();
        if (totalWeight <= 0) {
            return of(computable.stream().mapToDouble(p -> p.progress().percent()).average().orElseThrow());
        }
        double weighted = computable.stream().mapToDouble(p -> weightOf(p) * p.progress().percent()).sum();
        return of(Math.min(100, weighted / totalWeight));
    }

    private static double weightOf(Part part) {
        return part.weight() == null ? 0 : Math.max(0, part.weight().doubleValue());
    }

    public boolean isComputable() {
        return percent != null;
    }

    /** The percent; only call when {@link #isComputable()}. */
    public double percent() {
        if (percent == null) {
            throw new IllegalStateException("progress is not computable");
        }
        return percent;
    }

    /**
     * A whole percent for display, rounded down so that nothing unfinished ever shows 100%; null
     * when not computable.
     */
    public Integer rounded() {
        return percent != null ? (int) Math.floor(percent) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Progress p && Objects.equals(p.percent, percent);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(percent);
    }

    @Override
    public String toString() {
        return percent != null ? percent + "%" : "not computable";
    }
}
