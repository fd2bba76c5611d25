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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.actor.Actor;
import org.cocrea.audit.Auditable;
import org.cocrea.commitment.Commitment;
import org.cocrea.file.StoredFile;
import org.cocrea.plan.ActionPlan;
import org.cocrea.shared.Caller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.Progress;
import org.cocrea.shared.persistence.Recorded;

/**
 * An indicator of a commitment or of a result of the plan's theory of change: what is measured,
 * in which unit, which way is better, where it started (baseline), where it should get (target),
 * how often it is measured and where the data comes from. It computes its progress toward the
 * target from a value and says when a measurement is late.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private ActionPlan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commitment_id", updatable = false)
    private Commitment commitment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theory_item_id", updatable = false)
    private TheoryItem result;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false, length = 60)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction = Direction.UP;

    @Column(name = "baseline_value", nullable = false)
    private BigDecimal baselineValue;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(name = "target_value", nullable = false)
    private BigDecimal targetValue;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency = Frequency.QUARTERLY;

    @Column(name = "source_url", length = StoredFile.MAX_URL_LENGTH)
    private String sourceUrl;

    @Version
    private int version;

    protected Indicator() {
    }

    /** A blank indicator for a form. */
    public static Indicator blank() {
        return new Indicator();
    }

    /** Places an indicator typed into a form on a commitment; its definition must make sense. */
    public void placeOn(Commitment commitment) {
        if (this.plan != null) {
            throw new IllegalStateException("indicator already placed");
        }
        checkDefinition();
        this.commitment = commitment;
        this.plan = commitment.getPlan();
    }

    /** Places an indicator typed into a form on a result of the plan's theory of change. */
    public void placeOn(TheoryItem result) {
        if (this.plan != null) {
            throw new IllegalStateException("indicator already placed");
        }
        if (!result.isResult()) {
            throw DomainException.onField("resultId", "indicator.owner.notResult");
        }
        checkDefinition();
        this.result = result;
        this.plan = result.getPlan();
    }

    /** Takes the definition of an edited copy (never its owner), checked first. */
    public void takeFrom(Indicator edited) {
        edited.checkDefinition();
        this.name = edited.name.strip();
        this.unit = edited.unit.strip();
        this.direction = edited.direction;
        this.baselineValue = edited.baselineValue;
        this.baselineDate = edited.baselineDate;
        this.targetValue = edited.targetValue;
        this.targetDate = edited.targetDate;
        this.frequency = edited.frequency;
        this.sourceUrl = edited.sourceUrl;
    }

    /**
     * The rules of a definition, each refused on its field: a name and a unit; a baseline and a
     * target, each with its date, the target after the baseline and better than it in the
     * indicator's direction; a frequency; the source, when given, an http(s) link.
     */
    public void checkDefinition() {
        name = required(name, "name", 300);
        unit = required(unit, "unit", 60);
        if (direction == null) {
            throw DomainException.onField("direction", "indicator.direction.required");
        }
        if (frequency == null) {
            throw DomainException.onField("frequency", "indicator.frequency.required");
        }
        if (baselineValue == null) {
            throw DomainException.onField("baselineValue", "indicator.value.required");
        }
        if (baselineDate == null) {
            throw DomainException.onField("baselineDate", "indicator.date.required");
        }
        if (targetValue == null) {
            throw DomainException.onField("targetValue", "indicator.value.required");
        }
        if (targetDate == null) {
            throw DomainException.onField("targetDate", "indicator.date.required");
        }
        if (!targetDate.isAfter(baselineDate)) {
            throw DomainException.onField("targetDate", "indicator.target.dateBeforeBaseline");
        }
        if (span().signum() <= 0) {
            throw DomainException.onField("targetValue",
                    direction == Direction.UP ? "indicator.target.notAbove" : "indicator.target.notBelow");
        }
        sourceUrl = sourceUrl == null || sourceUrl.isBlank() ? null : StoredFile.checkedUrl(sourceUrl, "sourceUrl");
    }

    private static String required(String value, String field, int max) {
        return Texts.required(value, field, max, "indicator.text.required", "indicator.text.tooLong");
    }

    /** How far the target is from the baseline, in the good direction (positive for a sound definition). */
    private BigDecimal span() {
        return direction == Direction.UP ? targetValue.subtract(baselineValue) : baselineValue.subtract(targetValue);
    }

    /**
     * Progress toward the target at a value: the share of the way from baseline to target covered
     * in the good direction, 0 when the value is at or worse than the baseline, capped at 100 and
     * flagged exceeded when it went beyond the target. Not computable without a value.
     */
    public IndicatorProgress progressAt(BigDecimal value) {
        if (value == null) {
            return IndicatorProgress.NOT_MEASURED;
        }
        BigDecimal gained = direction == Direction.UP ? value.subtract(baselineValue) : baselineValue.subtract(value);
        BigDecimal percent = gained.multiply(HUNDRED).divide(span(), MathContext.DECIMAL64);
        boolean exceeded = percent.compareTo(HUNDRED) > 0;
        double capped = Math.max(0, Math.min(100, percent.doubleValue()));
        return new IndicatorProgress(Progress.of(capped), exceeded);
    }

    /**
     * Whether a measurement is late on {@code today} (in the plan's state): more than one period of
     * the frequency has passed since the last measurement, or since the baseline when there is none.
     */
    public boolean isLate(LocalDate lastMeasuredOn, LocalDate today) {
        LocalDate since = lastMeasuredOn == null || lastMeasuredOn.isBefore(baselineDate) ? baselineDate : lastMeasuredOn;
        return today.isAfter(since.plusMonths(frequency.months()));
    }

    /**
     * Who may add measurements: the secretariat of the plan's state; for an indicator of a
     * published commitment, also the commitment's lead institution and co-responsible actors.
     */
    public boolean mayMeasure(Caller caller) {
        if (caller.runsSecretariatOf(getStateId())) {
            return true;
        }
        if (commitment == null || !commitment.isPublished() || !caller.belongsTo(getStateId())) {
            return false;
        }
        List<Long> responsible = new ArrayList<>();
        if (commitment.getLeadInstitution() != null) {
            responsible.add(commitment.getLeadInstitution().getId());
        }
        commitment.getCoResponsibles().stream().map(Actor::getId).forEach(responsible::add);
        return caller.actsFor(responsible);
    }

    /** Who may read it: anybody when its commitment (or, for a result, its plan) is public; its secretariat always. */
    public boolean isVisibleTo(Caller caller) {
        return isPublic() || caller.runsSecretariatOf(getStateId());
    }

    public boolean isPublic() {
        return commitment != null ? commitment.isPublic() : plan.isPublished();
    }

    public Long getStateId() {
        return plan.getState().getId();
    }

    @Override
    public Long getId() { return id; }
    public int getVersion() { return version; }
    public ActionPlan getPlan() { return plan; }
    public Commitment getCommitment() { return commitment; }
    public TheoryItem getResult() { return result; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public BigDecimal getBaselineValue() { return baselineValue; }
    public void setBaselineValue(BigDecimal v) { this.baselineValue = v; }
    public LocalDate getBaselineDate() { return baselineDate; }
    public void setBaselineDate(LocalDate d) { this.baselineDate = d; }
    public BigDecimal getTargetValue() { return targetValue; }
    public void setTargetValue(BigDecimal v) { this.targetValue = v; }
    public LocalDate getTargetDate() { return targetDate; }
    public void setTargetDate(LocalDate d) { this.targetDate = d; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }

    @Override
    public Long auditStateId() {
        return getStateId();
    }

    @Override
    public Long auditCommitmentId() {
        return commitment == null ? null : commitment.getId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("commitment", commitment == null ? null : commitment.getId());
        snapshot.put("result", result == null ? null : result.getId());
        snapshot.put("name", name);
        snapshot.put("unit", unit);
        snapshot.put("direction", direction);
        snapshot.put("baselineValue", baselineValue);
        snapshot.put("baselineDate", baselineDate);
        snapshot.put("targetValue", targetValue);
        snapshot.put("targetDate", targetDate);
        snapshot.put("frequency", frequency);
        snapshot.put("sourceUrl", sourceUrl);
        return snapshot;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Indicator i && id != null && id.equals(i.id);
    }

    @Override
    public int hashCode() {
        return Indicator.class.hashCode();
    }
}
