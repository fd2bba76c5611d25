package org.cocrea.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import org.cocrea.shared.Caller;
import org.cocrea.audit.AuditTrail;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Records;

/**
 * Links of priorities and work sessions to commitments, and what anybody may read of them, in
 * one place. The owning feature's service loads its record; this checks that the caller runs the
 * record's secretariat, links, unlinks and audits, inside that service's transaction.
 * <p>
 * A commitment id that names nothing is not found ({@link org.cocrea.shared.NotFoundException}),
 * on every side: linking, unlinking and reading where a commitment came from.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CommitmentLinks {

    /** Who reads where a commitment came from, and so what they get. */
    public enum Audience {
        /** Its secretariat: the records themselves. */
        SECRETARIAT,
        /** Anybody else, the commitment being public: the records' public copies. */
        PUBLIC,
        /** Anybody else, the commitment not being public: nothing. */
        NOBODY
    }

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /**
     * Links a commitment of the record's plan, for the secretariat of the record's state; an audit
     * entry {@code action} when that changed anything.
     */
    public void link(LinksToCommitments record, Long commitmentId, Caller caller, String action) {
        caller.requireSecretariatOf(record.getStateId());
        if (commitmentId == null) {
            throw DomainException.onField(record.linkRefusals().field(), record.linkRefusals().requiredKey());
        }
        Commitment commitment = Records.found(em.find(Commitment.class, commitmentId));
        var before = record.auditSnapshot();
        if (record.link(commitment)) {
            audit.record(caller.username(), action, record, before);
        }
    }

    /** Unlinks a commitment, for the secretariat of the record's state; an audit entry {@code action} when it was linked. */
    public void unlink(LinksToCommitments record, long commitmentId, Caller caller, String action) {
        caller.requireSecretariatOf(record.getStateId());
        Commitment commitment = Records.found(em.find(Commitment.class, commitmentId));
        var before = record.auditSnapshot();
        if (record.unlink(commitment)) {
            audit.record(caller.username(), action, record, before);
        }
    }

    /** Who the caller is to a commitment's origin; not found when there is no such commitment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Audience audience(long commitmentId, Caller caller) {
        Commitment commitment = Records.found(em.find(Commitment.class, commitmentId));
        if (caller.runsSecretariatOf(commitment.getStateId())) {
            return Audience.SECRETARIAT;
        }
        return commitment.isPublic() ? Audience.PUBLIC : Audience.NOBODY;
    }

    /**
     * The records a commitment came from, as {@code linked} reads them (oldest first by the
     * record's own date, then by id): whole for its secretariat, as {@code publicCopy} makes them
     * for anybody else when the commitment is public, none otherwise.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> List<T> origins(long commitmentId, Caller caller, LongFunction<List<T>> linked, UnaryOperator<T> publicCopy) {
        return switch (audience(commitmentId, caller)) {
            case SECRETARIAT -> linked.apply(commitmentId);
            case PUBLIC -> linked.apply(commitmentId).stream().map(publicCopy).toList();
            case NOBODY -> List.of();
        };
    }
}
