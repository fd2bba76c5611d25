package org.cocrea.actor;

import java.util.List;
import org.cocrea.shared.DomainException;

/**
 * The actor being saved looks like others of its state ("Se parece a: X, Y"). Not a refusal for
 * good: saving again with the similarity confirmed records it anyway.
 */
public class SimilarActorsException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<String> names;

    public SimilarActorsException(List<String> names) {
        super("actorName", "actors.similar", String.join(", ", names));
        this.names = List.copyOf(names);
    }

    /** The names of the look-alikes, as recorded. */
    public List<String> names() {
        return names;
    }
}
