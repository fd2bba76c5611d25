package org.cocrea.indicator;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.account.Account;
import org.cocrea.audit.Auditable;
import org.cocrea.file.StoredFile;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.Texts;
import org.cocrea.shared.persistence.Recorded;

/**
 * A value of an indicator on a date, with where it comes from and, optionally, an evidence file
 * (a {@link StoredFile}, served at /measurement/{id}). Never changed once saved: a correction is a
 * new measurement.
 */
@Entity
@Table(name = "measurement")
public class Measurement extends Recorded implements Auditable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_SOURCE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private Indicator indicator;

    @Column(name = "measured_on", nullable = false, updatable = false)
    private LocalDate measuredOn;

    @Column(nullable = false, updatable = false)
    private BigDecimal value;

    @Column(length = MAX_SOURCE, updatable = false)
    private String source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by", nullable = false, updatable = false)
    private Account recordedBy;

    @Embedded
    @AttributeOverride(name = "createdAt", column = @Column(name = "file_created_at", updatable = false))
    private StoredFile evidence;

    protected Measurement() {
    }

    /** A blank measurement for a form. */
    public static Measurement blank() {
        return new Measurement();
    }

    /**
     * A measurement typed into a form, taken for the indicator: a value, a date neither before the
     * indicator's baseline nor after {@code today} (in the plan's state), a source of at most
     * {@value #MAX_SOURCE} characters.
     */
    public Measurement takenFor(Indicator indicator, Account by, LocalDate today) {
        if (measuredOn == null) {
            throw DomainException.onField("measuredOn", "indicator.date.required");
        }
        if (measuredOn.isAfter(today)) {
            throw DomainException.onField("measuredOn", "measurement.date.future");
        }
        if (measuredOn.isBefore(indicator.getBaselineDate())) {
            throw DomainException.onField("measuredOn", "measurement.date.beforeBaseline");
        }
        if (value == null) {
            throw DomainException.onField("value", "indicator.value.required");
        }
        String trimmed = Texts.optional(source, "source", MAX_SOURCE, "indicator.text.tooLong");
        Measurement taken = new Measurement();
        taken.indicator = indicator;
        taken.measuredOn = measuredOn;
        taken.value = value;
        taken.source = trimmed;
        taken.recordedBy = by;
        return taken;
    }

    /** Attaches the evidence file, checked and saved before. */
    public void prove(StoredFile file) {
        if (id != null) {
            throw new IllegalStateException("a saved measurement never changes");
        }
        this.evidence = file;
    }

    @Override
    public void stampCreated(Instant now) {
        super.stampCreated(now);
        if (evidence != null) {
            evidence.stampCreated(now);
        }
    }

    @Override
    public Long getId() { return id; }
    public Indicator getIndicator() { return indicator; }
    public LocalDate getMeasuredOn() { return measuredOn; }
    public void setMeasuredOn(LocalDate measuredOn) { this.measuredOn = measuredOn; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Account getRecordedBy() { return recordedBy; }
    public StoredFile getEvidence() { return evidence; }

    @Override
    public Long auditStateId() {
        return indicator.getStateId();
    }

    @Override
    public Long auditCommitmentId() {
        return indicator.auditCommitmentId();
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("indicator", indicator.getId());
        snapshot.put("measuredOn", measuredOn);
        snapshot.put("value", value);
        snapshot.put("source", source);
        if (evidence != null) {
            snapshot.putAll(evidence.auditSnapshot());
        }
        return snapshot;
    }
}
