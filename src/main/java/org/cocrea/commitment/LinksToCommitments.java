package org.cocrea.commitment;

import java.util.Set;
import org.cocrea.audit.Auditable;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;

/**
 * A record of a plan that names, from its own side, the commitments of that plan it led to or was
 * worked on in: a priority ({@code priority_commitment}) or a work session
 * ({@code session_commitment}). {@link Commitment} knows nothing of them. The rule is here once:
 * only a commitment of the record's own plan; linking twice or unlinking what is not linked
 * changes nothing.
 */
public interface LinksToCommitments extends Auditable {

    /**
     * What the record's page calls the commitment chosen to link: its form field, and the messages
     * for none chosen and for one of another plan.
     */
    record LinkRefusals(String field, String requiredKey, String otherPlanKey) {
    }

    ActionPlan getPlan();

    Long getStateId();

    /** The linked commitments themselves (a mapped collection: {@link #link} and {@link #unlink} change it). */
    Set<Commitment> getCommitments();

    LinkRefusals linkRefusals();

    /** Links a commitment of the same plan; false when it was linked already. */
    default boolean link(Commitment commitment) {
        if (!commitment.getPlan().getId().equals(getPlan().getId())) {
            throw DomainException.onField(linkRefusals().field(), linkRefusals().otherPlanKey());
        }
        return getCommitments().add(commitment);
    }

    /** False when the commitment was not linked. */
    default boolean unlink(Commitment commitment) {
        return getCommitments().remove(commitment);
    }
}
