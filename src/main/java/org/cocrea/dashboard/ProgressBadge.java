package org.cocrea.dashboard;

import org.cocrea.shared.Progress;

/**
 * The embeddable progress badge (issue 14): a small SVG, like the build badges of code hosting
 * sites, that a government website shows beside its commitment or plan. Left the label, right the
 * progress in whole percent (or a dash when it cannot be computed yet), with a bar under it. It
 * says what it shows to screen readers ({@code role="img"}, {@code aria-label} and {@code <title>}).
 * Texts are escaped for XML; widths follow the texts' length. Pure.
 */
public final class ProgressBadge {

    private static final int CHAR = 7;
    private static final int PAD = 8;

    private ProgressBadge() {
    }

    /** The badge: {@code label} on the left, the progress on the right, {@code title} for assistive technology. */
    public static String svg(String label, Progress progress, String title) {
        String value = progress.isComputable() ? progress.rounded() + " %" : "–";
        int left = PAD * 2 + label.length() * CHAR;
        int right = PAD * 2 + value.length() * CHAR;
        int width = left + right;
        int filled = progress.isComputable() ? (int) Math.round(right * Math.min(100, Math.max(0, progress.rounded())) / 100.0) : 0;
        String color = !progress.isComputable() ? "#64748b" : progress.rounded() >= 100 ? "#15803d" : "#0f766e";
        String spoken = escape(title);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"22\" viewBox=\"0 0 " + width + " 22\""
                + " role=\"img\" aria-label=\"" + spoken + "\">"
                + "<title>" + spoken + "</title>"
                + "<rect width=\"" + left + "\" height=\"22\" rx=\"3\" fill=\"#334155\"/>"
                + "<rect x=\"" + left + "\" width=\"" + right + "\" height=\"22\" rx=\"3\" fill=\"" + color + "\"/>"
                + "<rect x=\"" + left + "\" y=\"19\" width=\"" + filled + "\" height=\"3\" fill=\"#fde047\"/>"
                + "<g fill=\"#ffffff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\">"
                + "<text x=\"" + PAD + "\" y=\"15\">" + escape(label) + "</text>"
                + "<text x=\"" + (left + PAD) + "\" y=\"15\">" + escape(value) + "</text>"
                + "</g></svg>";
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }
}
