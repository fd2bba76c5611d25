package org.cocrea.shared;

import java.util.Arrays;

/**
 * A business rule said no. Carries a resource-bundle key (never a sentence) so that the web layer
 * can tell the user why in their language, and optionally the form field the rule is about, so
 * the message can stand next to that field.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    protected DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A rule about one input: the message belongs next to {@code field}. */
    public static DomainException onField(String field, String messageKey, Object... arguments) {
        return new DomainException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
