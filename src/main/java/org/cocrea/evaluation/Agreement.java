package org.cocrea.evaluation;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How far evaluators agree on one item over a plan: the share of commitments where all who scored
 * it gave the same level (percent agreement) and Krippendorff's ordinal alpha. Units are the
 * commitments, each the ranks its evaluators gave; a unit with fewer than two ranks is left out.
 */
public record Agreement(Item item, int units, OptionalDouble percent, OptionalDouble alpha) {

    public static Agreement of(Item item, List<List<Integer>> ranksByCommitment) {
        List<List<Integer>> pairable = ranksByCommitment.stream().filter(u -> u.size() >= 2).toList();
        OptionalDouble percent = pairable.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * pairable.stream().filter(Agreement::unanimous).count() / pairable.size());
        return new Agreement(item, pairable.size(), percent, KrippendorffAlpha.ordinal(pairable));
    }

    /** Everyone who scored gave the same level. */
    public static boolean unanimous(List<?> levels) {
        return levels.stream().distinct().count() <= 1;
    }

    /** For pages: null when not computable. */
    public Double percentOrNull() {
        return percent.isPresent() ? percent.getAsDouble() : null;
    }

    public Double alphaOrNull() {
        return alpha.isPresent() ? alpha.getAsDouble() : null;
    }
}
