package org.cocrea.indicator;

/** How often an indicator is measured; a measurement is late once more than this has passed. */
public enum Frequency {
    MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
