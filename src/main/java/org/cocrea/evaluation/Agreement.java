package org.cocrea.evaluation;

import java.io.Serializable;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How far evaluators agree on one item over a plan: the share of commitments where all who scored
 * it gave the same level (percent agreement) and Krippendorff's ordinal alpha. Units are the
 * commitments, each the ranks its evaluators gave; a unit with fewer than two ranks is left out.
 */
public record Agreement(Item item, int units, Double percentOrNull, Double alphaOrNull) implements Serializable {

    // Double (null when not computable) rather than OptionalDouble, which does not serialize: a
    // reconciliation is kept by a view-scoped page, in a session that is replicated (issue 12).

    public static Agreement of(Item item, List<List<Integer>> ranksByCommitment) {
        List<List<Integer>> pairable = ranksByCommitment.stream().filter(u -> u.size() >= 2).toList();
        OptionalDouble percent = pairable.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * pairable.stream().filter(Agreement::unanimous).count() / pairable.size());
        OptionalDouble alpha = KrippendorffAlpha.ordinal(pairable);
        return new Agreement(item, pairable.size(), percent.isPresent() ? percent.getAsDouble() : null,
                alpha.isPresent() ? alpha.getAsDouble() : null);
    }

    /** Everyone who scored gave the same level. */
    public static boolean unanimous(List<?> levels) {
        return levels.stream().distinct().count() <= 1;
    }

    /** The percent agreement; empty when no commitment had two scores. */
    public OptionalDouble percent() {
        return percentOrNull == null ? OptionalDouble.empty() : OptionalDouble.of(percentOrNull);
    }

    /** Krippendorff's alpha; empty when not computable. */
    public OptionalDouble alpha() {
        return alphaOrNull == null ? OptionalDouble.empty() : OptionalDouble.of(alphaOrNull);
    }
}
