package org.cocrea.social;

/** How serious a risk level is, from its score (likelihood × impact, 1–25): the heat map's colours. */
public enum RiskBand {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** The lowest score of a high level. */
    public static final int HIGH_SCORE = 10;

    /** 1–4 low, 5–9 medium, 10–16 high, 20–25 critical. */
    public static RiskBand of(int score) {
        if (score >= 20) {
            return CRITICAL;
        }
        if (score >= HIGH_SCORE) {
            return HIGH;
        }
        return score >= 5 ? MEDIUM : LOW;
    }
}
