package org.cocrea.opendata;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A problem of an imported file: where it stands and why, as a bundle key ({@code import.*}, or a
 * domain rule's own key) with its arguments, so that the page says it in the person's language.
 */
public record ImportProblem(Where where, String key, List<Serializable> arguments) implements Serializable {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    /** Arguments kept as they are (numbers stay numbers for the message's format), anything else as text. */
    public static ImportProblem at(Where where, String key, Object... arguments) {
        return new ImportProblem(where, key, Arrays.stream(arguments)
                .map(a -> a instanceof Serializable s ? s : String.valueOf(a)).toList());
    }
}
