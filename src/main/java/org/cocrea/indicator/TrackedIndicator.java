package org.cocrea.indicator;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An indicator with its measurements (oldest first) as a page shows it: the latest measurement,
 * the progress toward the target at its value, and whether the next measurement is late on a day.
 */
public record TrackedIndicator(Indicator indicator, List<Measurement> measurements, IndicatorProgress progress,
                               boolean late) implements Serializable {

    /** The indicator as it stands on {@code today} (in its plan's state), from its measurements in any order. */
    public static TrackedIndicator of(Indicator indicator, List<Measurement> measurements, LocalDate today) {
        List<Measurement> ordered = measurements.stream()
                .sorted(Comparator.comparing(Measurement::getMeasuredOn).thenComparing(Measurement::getCreatedAt,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Measurement latest = ordered.isEmpty() ? null : ordered.get(ordered.size() - 1);
        return new TrackedIndicator(indicator, ordered,
                indicator.progressAt(latest == null ? null : latest.getValue()),
                indicator.isLate(latest == null ? null : latest.getMeasuredOn(), today));
    }

    /** The latest measurement, or null. */
    public Measurement latest() {
        return measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
    }
}
