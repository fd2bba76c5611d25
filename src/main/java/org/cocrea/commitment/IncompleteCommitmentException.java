package org.cocrea.commitment;

import java.util.List;
import org.cocrea.shared.DomainException;

/** Publication refused: these fields are still empty. The web layer marks each of them. */
public class IncompleteCommitmentException extends DomainException {

    private final List<String> missingFields;

    public IncompleteCommitmentException(List<String> missingFields) {
        super("commitment.publish.incomplete");
        this.missingFields = List.copyOf(missingFields);
    }

    public List<String> missingFields() {
        return missingFields;
    }
}
