package org.cocrea.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.indicator.Indicator;
import org.cocrea.indicator.Measurement;
import org.cocrea.indicator.TrackedIndicator;

/**
 * The chart of an indicator, the same on the secretariat's and the public pages: its
 * measurements from the baseline to the target date, and the baseline and target lines.
 */
@Named
@ApplicationScoped
public class IndicatorCharts {

    @Inject
    private Format fmt;

    public String chart(TrackedIndicator tracked) {
        Indicator indicator = tracked.indicator();
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        labels.add(fmt.date(indicator.getBaselineDate()));
        values.add(indicator.getBaselineValue());
        for (Measurement m : tracked.measurements()) {
            labels.add(fmt.date(m.getMeasuredOn()));
            values.add(m.getValue());
        }
        labels.add(fmt.date(indicator.getTargetDate()));
        values.add(null);
        return Charts.indicatorLine(labels, indicator.getName() + " (" + indicator.getUnit() + ")", values,
                Messages.text("indicator.baseline"), indicator.getBaselineValue(),
                Messages.text("indicator.target"), indicator.getTargetValue());
    }
}
