package org.cocrea.social;

/** Where a risk went at its latest review, compared with the level before it; NONE before any review. */
public enum RiskTrend {
    NONE,
    UP,
    SAME,
    DOWN;

    static RiskTrend between(RiskLevel before, RiskLevel now) {
        int change = Integer.compare(now.score(), before.score());
        return change > 0 ? UP : change < 0 ? DOWN : SAME;
    }
}
