package org.cocrea.web;

import java.io.Serializable;
import org.cocrea.indicator.IndicatorService;
import org.cocrea.indicator.Measurement;
import org.cocrea.shared.DomainException;

/**
 * The measurement form as the secretariat's and the responsible actors' indicator pages show it
 * ({@code includes/measurementForm.xhtml}): which indicator, the measurement, its optional evidence file.
 */
public class MeasurementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long indicatorId;
    private Measurement measurement = Measurement.blank();
    private final FileInputs evidence = new FileInputs();

    /** Records the measurement; refusals beside their fields. */
    public void submit(IndicatorService indicators) {
        if (indicatorId == null) {
            throw DomainException.onField("indicatorId", "measurement.indicator.required");
        }
        indicators.measure(indicatorId, measurement, evidence.optionalFile());
        Messages.saved("measurement.saved");
    }

    public Long getIndicatorId() { return indicatorId; }
    public void setIndicatorId(Long indicatorId) { this.indicatorId = indicatorId; }
    public Measurement getMeasurement() { return measurement; }
    public FileInputs getEvidence() { return evidence; }
}
