package org.cocrea.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.commitment.Commitment;
import org.cocrea.shared.persistence.Recorded;

/**
 * What an assessment and a reconciled result share: a commitment at a moment (its plan and state
 * copied, so that queries need no join) and its scored items, read in the items' order.
 */
@MappedSuperclass
public abstract class Scored extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(name = "state_id", nullable = false, updatable = false)
    private Long stateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Moment moment;

    protected Scored() {
    }

    protected Scored(Commitment commitment, Moment moment) {
        this.commitment = commitment;
        this.planId = commitment.getPlan().getId();
        this.stateId = commitment.getStateId();
        this.moment = moment;
    }

    /** The stored items (each subclass keeps them in its own table). */
    protected abstract List<ScoredItem> items();

    /**
     * Every item of the moment, taken from those given (a blank one where none is given), each
     * checked as a draft ({@code complete}: with a level and a justification); the note kept only
     * with {@code withNote}. Items of the other moment are refused.
     */
    protected final List<ScoredItem> itemsOf(List<ScoredItem> given, boolean complete, boolean withNote) {
        if (given.stream().anyMatch(s -> s.getItem() == null || s.getItem().moment() != moment)) {
            throw new org.cocrea.shared.DomainException("evaluation.item.otherMoment");
        }
        List<ScoredItem> next = new ArrayList<>();
        for (Item item : Item.of(moment)) {
            ScoredItem one = given.stream().filter(s -> s.getItem() == item).findFirst().orElse(ScoredItem.blank(item));
            if (complete) {
                one.checkComplete();
            } else {
                one.checkDraft();
            }
            next.add(new ScoredItem(item, one.getLevel(), one.getJustification(), one.getRefs(), withNote ? one.getNote() : null));
        }
        return next;
    }

    public List<ScoredItem> itemsInOrder() {
        return items().stream().sorted(Comparator.comparing(ScoredItem::getItem)).toList();
    }

    public Map<Item, String> levels() {
        Map<Item, String> levels = new LinkedHashMap<>();
        itemsInOrder().forEach(i -> levels.put(i.getItem(), i.getLevel()));
        return levels;
    }

    public String levelOf(Item item) {
        return levels().get(item);
    }

    public Verdict verdict() {
        return new Verdict(levels());
    }

    public Commitment getCommitment() { return commitment; }
    public Long getPlanId() { return planId; }
    public Long getStateId() { return stateId; }
    public Moment getMoment() { return moment; }

    @Override
    public Long auditStateId() {
        return stateId;
    }

    @Override
    public Long auditCommitmentId() {
        return commitment.getId();
    }

    /** The snapshot's common part: the moment and every item. */
    protected Map<String, Object> snapshotWith(Map<String, Object> own) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("moment", moment);
        s.putAll(own);
        itemsInOrder().forEach(i -> s.put(i.getItem().name(), String.valueOf(i.snapshot())));
        return s;
    }
}
