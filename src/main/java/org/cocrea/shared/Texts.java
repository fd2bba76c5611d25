package org.cocrea.shared;

/** The one way a rule checks a typed text against its limit: stripped, refused on its field when missing or too long. */
public final class Texts {

    private Texts() {
    }

    /** The text stripped; refused with {@code requiredKey} when blank, with {@code tooLongKey} (argument: the limit) past {@code max}. */
    public static String required(String value, String field, int max, String requiredKey, String tooLongKey) {
        String stripped = optional(value, field, max, tooLongKey);
        if (stripped == null) {
            throw DomainException.onField(field, requiredKey);
        }
        return stripped;
    }

    /** The text stripped, or null when blank; refused with {@code tooLongKey} (argument: the limit) past {@code max}. */
    public static String optional(String value, String field, int max, String tooLongKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw DomainException.onField(field, tooLongKey, max);
        }
        return stripped;
    }

    /** A text cut to {@code max} characters (an ellipsis marks the cut); null stays null. */
    public static String shortened(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
