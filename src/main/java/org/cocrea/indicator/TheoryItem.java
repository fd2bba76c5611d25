package org.cocrea.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.LinksToCommitments;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/**
 * One item of a plan's theory of change at one level (an activity, a product, a result or the
 * impact), in its place among the items of that level, linked to the commitments of the plan that
 * contribute to it. Indicators attach to results.
 */
@Entity
@Table(name = "theory_item")
public class TheoryItem extends Recorded implements LinksToCommitments {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT = 1000;
    private static final LinkRefusals LINK_REFUSALS =
            new LinkRefusals("commitmentId", "theory.link.missing", "theory.link.otherPlan");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private ActionPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TheoryLevel level;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @ManyToMany
    @JoinTable(name = "theory_item_commitment",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "commitment_id"))
    @OrderBy("id")
    private Set<Commitment> commitments = new LinkedHashSet<>();

    @Version
    private int version;

    protected TheoryItem() {
    }

    /** A new item of the plan at that level, placed after {@code position - 1} others. */
    public TheoryItem(ActionPlan plan, TheoryLevel level, int position, String text) {
        if (level == null) {
            throw DomainException.onField("level", "theory.level.required");
        }
        this.plan = plan;
        this.level = level;
        this.position = position;
        rewrite(text);
    }

    public void rewrite(String text) {
        this.text = Texts.required(text, "text", MAX_TEXT, "theory.text.required", "theory.text.tooLong");
    }

    void moveTo(int position) {
        this.position = position;
    }

    public boolean isResult() {
        return level == TheoryLevel.RESULT;
    }

    @Override
    public Long getId() { return id; }
    @Override
    public ActionPlan getPlan() { return plan; }
    @Override
    public Long getStateId() { return plan.getState().getId(); }
    public TheoryLevel getLevel() { return level; }
    public int getPosition() { return position; }
    public String getText() { return text; }
    @Override
    public Set<Commitment> getCommitments() { return commitments; }
    public int getVersion() { return version; }

    @Override
    public LinkRefusals linkRefusals() {
        return LINK_REFUSALS;
    }

    @Override
    public Long auditStateId() {
        return getStateId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("plan", plan.getId());
        snapshot.put("level", level);
        snapshot.put("position", position);
        snapshot.put("text", text);
        snapshot.put("commitments", commitments.stream().map(Commitment::getId).sorted().toList());
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TheoryItem t && id != null && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return TheoryItem.class.hashCode();
    }
}
