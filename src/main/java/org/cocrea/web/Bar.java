package org.cocrea.web;

/**
 * One bar of a bar chart drawn by the server (tag {@code co:bars}): its label, its value and the
 * scale's maximum. The page shows it as a table row, so the figures are read, not guessed from a
 * picture, and no chart script is loaded.
 */
public record Bar(String label, Number value, Number max) {

    /** The bar's length as a percentage of the track, 0 to 100, for its CSS width. */
    public double width() {
        double top = max.doubleValue();
        if (top <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(100, value.doubleValue() * 100 / top));
    }
}
