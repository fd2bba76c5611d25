package org.cocrea.evaluation;

import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Krippendorff's alpha with the ordinal metric (Krippendorff 2011, "Computing Krippendorff's
 * alpha-reliability"): units are the commitments, values the ranks evaluators gave (0 = lowest);
 * a unit with fewer than two values is not pairable and left out. Pure, no state.
 *
 * <p>alpha = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, with o the coincidence matrix
 * (each ordered pair of values in a unit adds 1/(m_u − 1)), n_c its margins, n their sum, and the
 * ordinal δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)². Undefined (empty) when no disagreement is
 * expected: fewer than two pairable values, or all of them the same.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    public static OptionalDouble ordinal(List<List<Integer>> units) {
        TreeMap<Integer, TreeMap<Integer, Double>> o = new TreeMap<>();
        for (List<Integer> unit : units) {
            int m = unit.size();
            if (m < 2) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        o.computeIfAbsent(unit.get(i), k -> new TreeMap<>()).merge(unit.get(j), 1.0 / (m - 1), Double::sum);
                    }
                }
            }
        }
        TreeMap<Integer, Double> margins = new TreeMap<>();
        o.forEach((c, row) -> margins.put(c, row.values().stream().mapToDouble(Double::doubleValue).sum()));
        double n = margins.values().stream().mapToDouble(Double::doubleValue).sum();
        double observed = 0;
        double expected = 0;
        for (int c : margins.keySet()) {
            for (int k : margins.keySet()) {
                double delta = delta(margins, c, k);
                observed += o.get(c).getOrDefault(k, 0.0) * delta;
                expected += margins.get(c) * margins.get(k) * delta;
            }
        }
        if (n < 2 || expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - (n - 1) * observed / expected);
    }

    private static double delta(TreeMap<Integer, Double> margins, int c, int k) {
        if (c == k) {
            return 0;
        }
        int low = Math.min(c, k);
        int high = Math.max(c, k);
        double between = margins.subMap(low, true, high, true).values().stream().mapToDouble(Double::doubleValue).sum();
        double d = between - (margins.get(c) + margins.get(k)) / 2;
        return d * d;
    }
}
