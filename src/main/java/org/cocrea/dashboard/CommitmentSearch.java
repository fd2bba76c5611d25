package org.cocrea.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.shared.Paged;

/**
 * The public search of published commitments (issue 14): MariaDB full-text search (InnoDB
 * {@code FULLTEXT} on {@code commitment_version.search_text}, V33) over the title and text of the
 * version each commitment is published at, in published plans only: a draft's words, an older
 * version's or a draft plan's are never found. Accent- and case-insensitive (the column's
 * {@code utf8mb4_unicode_ci} collation). Best matches first, a page at a time: two statements
 * whatever the number of commitments.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitmentSearch {

    public static final int PAGE_SIZE = 20;

    private static final String FROM = " FROM commitment_version v"
            + " JOIN commitment c ON c.id = v.commitment_id AND v.number = c.published_version"
            + " JOIN action_plan p ON p.id = c.plan_id JOIN state s ON s.id = p.state_id"
            + " WHERE p.status <> 'DRAFT' AND MATCH (v.search_text) AGAINST (? IN BOOLEAN MODE)";

    @PersistenceContext
    private EntityManager em;

    /** A commitment found: its published title, state and plan. */
    public record Hit(long id, String title, long stateId, String state, long planId, String plan) {
    }

    /** A page (from 1) of the published commitments that hold every word, optionally of one state. */
    public Paged<Hit> search(SearchTerms terms, Long stateId, int page) {
        if (terms.isEmpty()) {
            return new Paged<>(List.of(), 0, 1, PAGE_SIZE);
        }
        String where = FROM + (stateId == null ? "" : " AND s.id = ?");
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*)" + where), terms, stateId).getSingleResult()).longValue();
        List<Hit> hits = new ArrayList<>();
        if (total > 0) {
            var query = bind(em.createNativeQuery("SELECT c.id, c.published_title, s.id, s.name, p.id, p.title" + where
                    + " ORDER BY MATCH (v.search_text) AGAINST (? IN BOOLEAN MODE) DESC, c.id LIMIT ? OFFSET ?"), terms, stateId);
            int next = stateId == null ? 2 : 3;
            query.setParameter(next, terms.booleanQuery());
            query.setParameter(next + 1, PAGE_SIZE);
            query.setParameter(next + 2, Paged.firstRow(page, PAGE_SIZE));
            for (Object row : query.getResultList()) {
                Object[] r = (Object[]) row;
                hits.add(new Hit(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                        ((Number) r[4]).longValue(), (String) r[5]));
            }
        }
        return new Paged<>(hits, total, page, PAGE_SIZE);
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, SearchTerms terms, Long stateId) {
        query.setParameter(1, terms.booleanQuery());
        if (stateId != null) {
            query.setParameter(2, stateId);
        }
        return query;
    }
}
