package org.cocrea.treasurehunt;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The scores of a question or of a whole exercise, from its answers (pure):
 * <ul>
 * <li>availability: the mean of the answers' outcomes, found 1, partly ½, not found 0 (0–1);</li>
 * <li>median minutes: over the answers that say how long they took;</li>
 * <li>open share: among the answers that name a format, the share in an open one ({@link DataFormat#isOpen()});</li>
 * <li>mean stars: over the answers that give a five-star level.</li>
 * </ul>
 * Each is null when no answer gives what it needs.
 */
public record HuntScore(int answers, BigDecimal availability, BigDecimal medianMinutes, BigDecimal openShare,
                        BigDecimal meanStars) implements Serializable {

    private static final MathContext CONTEXT = MathContext.DECIMAL64;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public static HuntScore of(Collection<Finding> findings) {
        if (findings.isEmpty()) {
            return new HuntScore(0, null, null, null, null);
        }
        BigDecimal availability = findings.stream().map(f -> f.outcome().availability())
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(findings.size()), CONTEXT);
        List<Integer> minutes = findings.stream().map(Finding::minutes).filter(Objects::nonNull).sorted().toList();
        List<DataFormat> formats = findings.stream().map(Finding::format).filter(Objects::nonNull).toList();
        List<Integer> stars = findings.stream().map(Finding::stars).filter(Objects::nonNull).toList();
        BigDecimal openShare = formats.isEmpty() ? null
                : BigDecimal.valueOf(formats.stream().filter(DataFormat::isOpen).count())
                        .divide(BigDecimal.valueOf(formats.size()), CONTEXT);
        BigDecimal meanStars = stars.isEmpty() ? null
                : BigDecimal.valueOf(stars.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(stars.size()), CONTEXT);
        return new HuntScore(findings.size(), availability, median(minutes), openShare, meanStars);
    }

    private static BigDecimal median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(middle));
        }
        return BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(TWO, CONTEXT);
    }

    /** Availability in percent, rounded, for pages; null when not answered. */
    public Integer availabilityPercent() {
        return percent(availability);
    }

    /** Open share in percent, rounded, for pages; null when no format was named. */
    public Integer openPercent() {
        return percent(openShare);
    }

    private static Integer percent(BigDecimal share) {
        return share == null ? null : share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
