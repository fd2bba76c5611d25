package org.cocrea.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cocrea.audit.AuditTrail;
import org.cocrea.commitment.CommitmentLinks;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * A plan's theory of change as records: the secretariat of the plan's state adds, rewrites and
 * reorders items per level and links them to the plan's commitments; the public reads them once
 * the plan is published.
 */
@ApplicationScoped
@Transactional
public class TheoryOfChangeService {

    private static final String ITEMS = "select distinct t from TheoryItem t left join fetch t.commitments "
            + "where t.plan.id = :p order by t.level, t.position, t.id";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private CommitmentLinks links;

    /** A new item at the end of its level. */
    public TheoryItem add(long planId, TheoryLevel level, String text) {
        Caller caller = currentCaller.get();
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        caller.requireSecretariatOf(plan.getState().getId());
        Long count = em.createQuery("select count(t) from TheoryItem t where t.plan.id = :p and t.level = :l", Long.class)
                .setParameter("p", planId).setParameter("l", level).getSingleResult();
        TheoryItem item = new TheoryItem(plan, level, count.intValue() + 1, text);
        em.persist(item);
        audit.record(caller.username(), "CREATE", item, null);
        return item;
    }

    public TheoryItem rewrite(long itemId, String text) {
        Caller caller = currentCaller.get();
        TheoryItem item = load(itemId, caller);
        var before = item.auditSnapshot();
        item.rewrite(text);
        audit.record(caller.username(), "UPDATE", item, before);
        return item;
    }

    /** Swaps the item with its neighbour before ({@code up}) or after it in its level; nothing at an end. */
    public void move(long itemId, boolean up) {
        Caller caller = currentCaller.get();
        TheoryItem item = load(itemId, caller);
        List<TheoryItem> level = em.createQuery("select t from TheoryItem t where t.plan.id = :p and t.level = :l "
                        + "order by t.position, t.id", TheoryItem.class)
                .setParameter("p", item.getPlan().getId()).setParameter("l", item.getLevel()).getResultList();
        int at = level.indexOf(item);
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= level.size()) {
            return;
        }
        TheoryItem neighbour = level.get(other);
        var before = item.auditSnapshot();
        // positions renumbered 1..n so that gaps and ties left by the past disappear
        for (int i = 0; i < level.size(); i++) {
            level.get(i).moveTo(i + 1);
        }
        item.moveTo(other + 1);
        neighbour.moveTo(at + 1);
        audit.record(caller.username(), "MOVE", item, before);
    }

    public void link(long itemId, Long commitmentId) {
        Caller caller = currentCaller.get();
        links.link(load(itemId, caller), commitmentId, caller, "LINK_COMMITMENT");
    }

    public void unlink(long itemId, long commitmentId) {
        Caller caller = currentCaller.get();
        links.unlink(load(itemId, caller), commitmentId, caller, "UNLINK_COMMITMENT");
    }

    /** The items of a plan for its secretariat, by level and place. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TheoryItem> ofPlanForSecretariat(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        currentCaller.get().requireSecretariatOf(plan.getState().getId());
        return em.createQuery(ITEMS, TheoryItem.class).setParameter("p", planId).getResultList();
    }

    /** The items of a published plan, for anybody; a draft plan's are not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TheoryItem> ofPublishedPlan(long planId) {
        ActionPlan plan = Records.found(em.find(ActionPlan.class, planId));
        if (!plan.isPublished()) {
            throw new NotFoundException();
        }
        return em.createQuery(ITEMS, TheoryItem.class).setParameter("p", planId).getResultList();
    }

    private TheoryItem load(long itemId, Caller caller) {
        TheoryItem item = Records.found(em.find(TheoryItem.class, itemId));
        caller.requireSecretariatOf(item.getStateId());
        return item;
    }
}
