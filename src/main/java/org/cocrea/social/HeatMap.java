package org.cocrea.social;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How many risks stand at each likelihood × impact, computed from their current levels: rows from
 * likelihood 5 down to 1, columns from impact 1 to 5, as a heat map reads. Pure.
 */
public final class HeatMap implements Serializable {

    private final int[][] counts = new int[RiskLevel.MAX + 1][RiskLevel.MAX + 1];
    private final int total;

    /** One cell: its likelihood and impact, how many risks stand there, and its band. */
    public record Cell(int likelihood, int impact, int count) {

        public RiskBand band() {
            return RiskBand.of(likelihood * impact);
        }
    }

    /** One row of the map: a likelihood and its five cells, impact 1 to 5. */
    public record Row(int likelihood, List<Cell> cells) {
    }

    private HeatMap(Collection<RiskLevel> levels) {
        levels.forEach(level -> counts[level.getLikelihood()][level.getImpact()]++);
        total = levels.size();
    }

    public static HeatMap of(Collection<RiskLevel> levels) {
        return new HeatMap(levels);
    }

    public int count(int likelihood, int impact) {
        return counts[likelihood][impact];
    }

    public int total() {
        return total;
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int likelihood = RiskLevel.MAX; likelihood >= RiskLevel.MIN; likelihood--) {
            List<Cell> cells = new ArrayList<>();
            for (int impact = RiskLevel.MIN; impact <= RiskLevel.MAX; impact++) {
                cells.add(new Cell(likelihood, impact, counts[likelihood][impact]));
            }
            rows.add(new Row(likelihood, cells));
        }
        return rows;
    }
}
