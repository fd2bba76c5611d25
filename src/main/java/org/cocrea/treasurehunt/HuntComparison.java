package org.cocrea.treasurehunt;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Before and after (pure): the same questions asked in a baseline and in a follow-up exercise,
 * compared question by question and as a whole. Following the money got easier when availability
 * rose; with availability equal, when the median time fell; with both equal, when the mean stars
 * rose (the opposite moves make it harder; anything else is the same). Deltas are after − before,
 * null when either side lacks the figure.
 */
public record HuntComparison(List<Row> rows, Row overall) implements Serializable {

    /** One question (or the whole exercise, {@code question} null) before and after. */
    public record Row(String question, HuntScore before, HuntScore after) implements Serializable {

        public BigDecimal availabilityDelta() {
            return delta(before.availability(), after.availability());
        }

        public BigDecimal minutesDelta() {
            return delta(before.medianMinutes(), after.medianMinutes());
        }

        public BigDecimal openShareDelta() {
            return delta(before.openShare(), after.openShare());
        }

        public BigDecimal starsDelta() {
            return delta(before.meanStars(), after.meanStars());
        }

        /** Availability delta in percentage points, rounded; null when a side was not answered. */
        public Integer availabilityPoints() {
            BigDecimal d = availabilityDelta();
            return d == null ? null : d.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        }

        public Ease ease() {
            int availability = sign(availabilityDelta());
            if (availability != 0) {
                return availability > 0 ? Ease.EASIER : Ease.HARDER;
            }
            int minutes = sign(minutesDelta());
            if (minutes != 0) {
                return minutes < 0 ? Ease.EASIER : Ease.HARDER;
            }
            int stars = sign(starsDelta());
            if (stars != 0) {
                return stars > 0 ? Ease.EASIER : Ease.HARDER;
            }
            return Ease.SAME;
        }

        private static int sign(BigDecimal delta) {
            return delta == null ? 0 : delta.signum();
        }

        private static BigDecimal delta(BigDecimal before, BigDecimal after) {
            return before == null || after == null ? null : after.subtract(before);
        }
    }

    /** A question asked in both exercises, with the findings of each. */
    public record Pair(String question, List<Finding> before, List<Finding> after) {
    }

    /** The comparison of paired questions, in their order, and of all their answers taken together. */
    public static HuntComparison of(List<Pair> pairs) {
        List<Row> rows = pairs.stream()
                .map(p -> new Row(p.question(), HuntScore.of(p.before()), HuntScore.of(p.after())))
                .toList();
        Row overall = new Row(null,
                HuntScore.of(pairs.stream().flatMap(p -> p.before().stream()).toList()),
                HuntScore.of(pairs.stream().flatMap(p -> p.after().stream()).toList()));
        return new HuntComparison(rows, overall);
    }

    /** The count of questions that got easier, stayed the same or got harder. */
    public long count(Ease ease) {
        return rows.stream().filter(r -> r.ease() == ease).count();
    }
}
