package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.indicator.Indicator;
import org.cocrea.indicator.Measurement;
import org.cocrea.indicator.TrackedIndicator;

/**
 * The chart of an indicator, the same on the secretariat's, the actors' and the public pages: its
 * measurements from the baseline to the target date, and the baseline and target lines, drawn by
 * the server ({@link IndicatorChart}, tag {@code co:indicatorChart}): no chart script on any page.
 * Each indicator's chart is worked out once a request, however often the page's tag asks.
 */
@Named
@RequestScoped
public class IndicatorCharts {

    @Inject
    private Format fmt;

    private final Map<TrackedIndicator, IndicatorChart> charts = new IdentityHashMap<>();

    public IndicatorChart chart(TrackedIndicator tracked) {
        return charts.computeIfAbsent(tracked, this::draw);
    }

    private IndicatorChart draw(TrackedIndicator tracked) {
        Indicator indicator = tracked.indicator();
        List<Measurement> measurements = tracked.measurements();
        Measurement latest = tracked.latest();
        String summary = Messages.text("chart.indicator.summary", indicator.getName(), indicator.getUnit(),
                fmt.number(indicator.getBaselineValue()), fmt.date(indicator.getBaselineDate()),
                fmt.number(indicator.getTargetValue()), fmt.date(indicator.getTargetDate()), measurements.size(),
                latest == null ? "" : fmt.number(latest.getValue()), latest == null ? "" : fmt.date(latest.getMeasuredOn()));
        return IndicatorChart.of(summary,
                new IndicatorChart.Reading(indicator.getBaselineDate(), indicator.getBaselineValue()),
                new IndicatorChart.Reading(indicator.getTargetDate(), indicator.getTargetValue()),
                measurements.stream().map(m -> new IndicatorChart.Reading(m.getMeasuredOn(), m.getValue())).toList(),
                fmt::number, fmt::date);
    }
}
