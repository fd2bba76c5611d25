package org.cocrea.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.commitment.Commitment;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.Caller;
import org.cocrea.shared.DomainException;

/**
 * One evaluator's assessment of one commitment at one moment: a draft only its author sees and
 * edits, then submitted, and from then on immutable for everybody. Its author sees the others'
 * assessments of the same commitment and moment only after submitting ({@link #revealsOthersTo}).
 */
@Entity
@Table(name = "assessment")
public class Assessment extends Scored {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluator_id", nullable = false, updatable = false)
    private Account evaluator;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_item", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<ScoredItem> items = new ArrayList<>();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private int version;

    protected Assessment() {
    }

    public Assessment(Commitment commitment, Moment moment, Account evaluator) {
        super(commitment, moment);
        this.evaluator = evaluator;
        Item.of(moment).forEach(item -> items.add(ScoredItem.blank(item)));
    }

    /** Saves the draft's items (only the author, only before submission). Items of another moment are refused. */
    public void fill(List<ScoredItem> scored, Caller caller) {
        requireEditableBy(caller);
        List<ScoredItem> next = itemsOf(scored, false, false);
        items.clear();
        items.addAll(next);
    }

    /** Draft → submitted: every item complete. From now on nobody changes it. */
    public void submit(Caller caller, Instant now) {
        requireEditableBy(caller);
        items.forEach(ScoredItem::checkComplete);
        submittedAt = now;
    }

    public void requireEditableBy(Caller caller) {
        if (!isAuthor(caller)) {
            throw new AccessDeniedException();
        }
        if (isSubmitted()) {
            throw new DomainException("evaluation.assessment.submitted");
        }
    }

    public boolean isAuthor(Caller caller) {
        return caller.accountId() != null && caller.accountId().equals(evaluator.getId());
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /**
     * Blind scoring: an evaluator sees others' assessments of this commitment and moment only once
     * its own (this one) is submitted, and never another's draft.
     */
    public static boolean revealsOthersTo(Assessment own) {
        return own != null && own.isSubmitted();
    }

    @Override
    protected List<ScoredItem> items() {
        return items;
    }

    @Override
    public Long getId() { return id; }
    public Account getEvaluator() { return evaluator; }
    public Instant getSubmittedAt() { return submittedAt; }
    public int getVersion() { return version; }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("evaluator", evaluator.getUsername());
        s.put("submitted", isSubmitted());
        return snapshotWith(s);
    }
}
