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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.commitment.Commitment;
import org.cocrea.shared.DomainException;

/**
 * A reconciled result of a commitment at one moment, as the lead evaluator recorded it. Numbered
 * per commitment (design and results share the numbering, so the history reads design → results →
 * corrections). Until a publication includes it, the lead may record it again (the same version
 * changes); once published it never changes: a change is a new version, with a correction note.
 */
@Entity
@Table(name = "result_version")
public class ResultVersion extends Scored {

    private static final long serialVersionUID = 1L;
    public static final int MAX_CORRECTION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private int number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by", nullable = false)
    private Account recordedBy;

    /** Why a published result changed; required for a version that follows a published one. */
    @Column(name = "correction")
    private String correction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publication_id")
    private ResultsPublication publication;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "result_item", joinColumns = @JoinColumn(name = "result_id"))
    private List<ScoredItem> items = new ArrayList<>();

    @Version
    private int version;

    protected ResultVersion() {
    }

    /**
     * A new version. {@code correctsPublished} says whether an earlier version of the same moment
     * was already published: then a correction note is required.
     */
    public ResultVersion(Commitment commitment, Moment moment, int number, boolean correctsPublished) {
        super(commitment, moment);
        this.number = number;
        this.correction = correctsPublished ? "" : null;
    }

    /**
     * Records the reconciled items against the submitted assessments: every item complete, and a
     * note on every item where the evaluators gave different levels.
     */
    public void record(List<ScoredItem> reconciled, List<Assessment> submitted, String correctionNote, Account lead) {
        if (isPublished()) {
            throw new DomainException("evaluation.result.published");
        }
        if (submitted.isEmpty()) {
            throw new DomainException("evaluation.result.nothingSubmitted");
        }
        List<ScoredItem> next = itemsOf(reconciled, true, true);
        for (ScoredItem given : next) {
            Item item = given.getItem();
            if (!Agreement.unanimous(submitted.stream().map(a -> a.levelOf(item)).toList()) && given.getNote() == null) {
                throw DomainException.onField(item.name(), "evaluation.result.noteRequired");
            }
        }
        if (correction != null) {
            if (correctionNote == null || correctionNote.isBlank()) {
                throw DomainException.onField("correction", "evaluation.result.correctionRequired");
            }
            if (correctionNote.strip().length() > MAX_CORRECTION) {
                throw DomainException.onField("correction", "evaluation.note.tooLong", MAX_CORRECTION);
            }
            correction = correctionNote.strip();
        }
        items.clear();
        items.addAll(next);
        recordedBy = lead;
    }

    /** Takes the version into a publication (once: a published version stays in the publication that made it public). */
    public void publishIn(ResultsPublication publication) {
        if (this.publication == null) {
            this.publication = publication;
        }
    }

    public boolean isPublished() {
        return publication != null;
    }

    public boolean correctsEarlier() {
        return correction != null;
    }

    @Override
    protected List<ScoredItem> items() {
        return items;
    }

    @Override
    public Long getId() { return id; }
    public int getNumber() { return number; }
    public Account getRecordedBy() { return recordedBy; }
    public String getCorrection() { return correction; }
    public ResultsPublication getPublication() { return publication; }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", number);
        s.put("published", isPublished());
        s.put("correction", correction);
        return snapshotWith(s);
    }
}
