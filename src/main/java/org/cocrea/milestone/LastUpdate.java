package org.cocrea.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.cocrea.commitment.Commitment;

/**
 * "Last updated" of a public page: when anything the public sees of some commitments last changed —
 * a commitment's publication, a progress report of a published milestone, a sign-off — for one
 * commitment, one plan or the whole site, in three aggregate queries whatever the volume. Only public
 * commitments count (published, in a published plan); null when nothing public exists yet.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LastUpdate {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    public Instant ofCommitment(long commitmentId) {
        return latest("c.id = :id", commitmentId);
    }

    public Instant ofPlan(long planId) {
        return latest("c.plan.id = :id", planId);
    }

    /** Of every public commitment: the home page. */
    public Instant ofAll() {
        return latest(null, null);
    }

    private Instant latest(String scope, Long id) {
        String where = " where " + Commitment.publicWhere("c") + (scope == null ? "" : " and " + scope);
        return Stream.of(
                        max("select max(c.publishedAt) from Commitment c" + where, id),
                        max("select max(r.createdAt) from ProgressReport r join r.milestone m join m.commitment c"
                                + where + " and m.published = true", id),
                        max("select max(s.signedAt) from SignOff s join s.milestone m join m.commitment c"
                                + where + " and m.published = true", id))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private Instant max(String jpql, Long id) {
        var query = em.createQuery(jpql, Instant.class);
        if (id != null) {
            query.setParameter("id", id);
        }
        return query.getSingleResult();
    }
}
