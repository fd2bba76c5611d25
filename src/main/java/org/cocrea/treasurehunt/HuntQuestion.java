package org.cocrea.treasurehunt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.audit.Auditable;
import org.cocrea.commitment.Commitment;
import org.cocrea.priority.Priority;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;

/**
 * A question about public money asked in an exercise ("how much of program X was spent in
 * municipality Y in 2025, and on what?"), linked to a priority or a commitment of the plan, or to
 * a budget program key. A follow-up's question remembers the baseline question it copies.
 */
@Entity
@Table(name = "hunt_question")
public class HuntQuestion implements Auditable, java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hunt_id", nullable = false, updatable = false)
    private TreasureHunt hunt;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "priority_id")
    private Priority priority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commitment_id")
    private Commitment commitment;

    @Column(name = "program_key", length = 60)
    private String programKey;

    @Column(name = "copied_from", updatable = false)
    private Long copiedFrom;

    protected HuntQuestion() {
    }

    /**
     * A question of the exercise: a text, and at least one of a priority or a commitment of the
     * exercise's plan or a budget program key.
     */
    public HuntQuestion(TreasureHunt hunt, int position, String text, Priority priority, Commitment commitment,
                        String programKey) {
        String trimmed = Texts.required(text, "questionText", MAX_TEXT, "hunt.question.textRequired", "hunt.text.tooLong");
        String key = Texts.optional(programKey, "programKey", 60, "hunt.text.tooLong");
        if (priority == null && commitment == null && key == null) {
            throw DomainException.onField("questionText", "hunt.question.linkRequired");
        }
        Long planId = hunt.getPlan().getId();
        if (priority != null && !priority.getPlan().getId().equals(planId)
                || commitment != null && !commitment.getPlan().getId().equals(planId)) {
            throw DomainException.onField("questionText", "hunt.question.otherPlan");
        }
        this.hunt = hunt;
        this.position = position;
        this.text = trimmed;
        this.priority = priority;
        this.commitment = commitment;
        this.programKey = key;
    }

    /** The same question asked again in a follow-up exercise, remembering this one. */
    public HuntQuestion askedAgainIn(TreasureHunt followUp) {
        HuntQuestion copy = new HuntQuestion(followUp, position, text, priority, commitment, programKey);
        copy.copiedFrom = id;
        return copy;
    }

    @Override
    public Long getId() { return id; }
    public TreasureHunt getHunt() { return hunt; }
    public int getPosition() { return position; }
    public String getText() { return text; }
    public Priority getPriority() { return priority; }
    public Commitment getCommitment() { return commitment; }
    public String getProgramKey() { return programKey; }
    public Long getCopiedFrom() { return copiedFrom; }

    @Override
    public Long auditStateId() {
        return hunt.getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("hunt", hunt.getId());
        snapshot.put("position", position);
        snapshot.put("text", text);
        snapshot.put("priority", priority == null ? null : priority.getId());
        snapshot.put("commitment", commitment == null ? null : commitment.getId());
        snapshot.put("programKey", programKey);
        snapshot.put("copiedFrom", copiedFrom);
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof HuntQuestion q && id != null && id.equals(q.id);
    }

    @Override
    public int hashCode() {
        return HuntQuestion.class.hashCode();
    }
}
