package org.cocrea.shared;

/**
 * What typed or sent text may hold: no null bytes, no other control characters but tab, line feed
 * and carriage return, and, where a single name is meant (a file name), none of those either nor
 * the invisible characters that reorder or hide what a reader sees (U+202E and the other
 * bidirectional controls, zero-width characters). Every text input goes through
 * {@link #typed(String)} (web.TextInputConverter); every uploaded file name through {@link #name(String)}.
 */
public final class CleanText {

    private CleanText() {
    }

    /** Text as a form may carry it: line breaks and tabs stay, every other control character goes. */
    public static String typed(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c))
                .forEach(clean::appendCodePoint);
        return clean.length() == text.length() ? text : clean.toString();
    }

    /** A one-line name: no control character at all, no format character (bidi controls, zero-width ones), trimmed. */
    public static String name(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        return clean.toString().strip();
    }
}
