package org.cocrea.web.actor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.indicator.IndicatorService;
import org.cocrea.indicator.TrackedIndicator;
import org.cocrea.web.MeasurementForm;

/**
 * /actor/indicators: the indicators of the published commitments the caller's organization leads
 * or is co-responsible for, with their charts, and the measurement form.
 */
@Named("actorIndicatorsPage")
@ViewScoped
public class IndicatorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IndicatorService indicators;

    private List<TrackedIndicator> tracked;
    private final MeasurementForm measurement = new MeasurementForm();

    public void load() {
        tracked = indicators.ofCallersCommitments();
    }

    public String measure() {
        measurement.submit(indicators);
        return "/actor/indicators?faces-redirect=true";
    }

    public List<TrackedIndicator> getTracked() { return tracked; }
    public MeasurementForm getMeasurement() { return measurement; }
}
