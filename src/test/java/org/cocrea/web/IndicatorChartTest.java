package org.cocrea.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.cocrea.web.IndicatorChart.Reading;
import org.cocrea.web.IndicatorChart.Tick;
import org.junit.jupiter.api.Test;

/** The geometry of the server-drawn indicator chart (co:indicatorChart), in the SVG's 320 × 180 box. */
class IndicatorChartTest {

    private static final Function<BigDecimal, String> NUMBER = v -> v.stripTrailingZeros().toPlainString();
    private static final Function<LocalDate, String> DATE = d -> d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    private static Reading reading(String date, String value) {
        return new Reading(LocalDate.parse(date), new BigDecimal(value));
    }

    private static IndicatorChart chart(Reading baseline, Reading target, Reading... measurements) {
        return IndicatorChart.of("summary", baseline, target, List.of(measurements), NUMBER, DATE);
    }

    @Test
    void timeRunsInProportionToTheDaysFromTheBaselineToTheTargetAndValuesUpwards() {
        // 880 days from the baseline to the target; the first measurement 89 days in, the second 365
        IndicatorChart chart = chart(reading("2025-01-31", "20"), reading("2027-06-30", "80"),
                reading("2025-04-30", "35.5"), reading("2026-01-31", "50"));

        // values from 20 to 80 in steps of 20; the labels are two digits wide: the plot starts at x = 25
        assertThat(chart.yTicks()).containsExactly(new Tick("156.0", "20", "end"), new Tick("107.3", "40", "end"),
                new Tick("58.7", "60", "end"), new Tick("10.0", "80", "end"));
        assertThat(chart.plotLeft()).isEqualTo("25.0");
        assertThat(chart.path()).isEqualTo("M25.0 156.0 L53.8 118.3 L143.2 83.0");
        assertThat(chart.points()).extracting(IndicatorChart.Point::label)
                .containsExactly("31/01/2025: 20", "30/04/2025: 35.5", "31/01/2026: 50");
        assertThat(chart.start().label()).isEqualTo("31/01/2025: 20");
        assertThat(chart.baselineY()).isEqualTo("156.0");
        assertThat(chart.targetY()).isEqualTo("10.0");
        assertThat(chart.targetMark().x()).isEqualTo("310.0");
        assertThat(chart.targetMark().label()).isEqualTo("30/06/2027: 80");
        assertThat(chart.targetMark().diamond()).isEqualTo("M310.0 4.0 l6 6 l-6 6 l-6 -6 Z");
        assertThat(chart.xTicks()).containsExactly(new Tick("25.0", "31/01/2025", "start"), new Tick("310.0", "30/06/2027", "end"));
        assertThat(chart.viewBox()).isEqualTo("0 0 320 180");
        assertThat(chart.summary()).isEqualTo("summary");
    }

    @Test
    void anIndicatorThatShouldFallHasItsScaleAroundEveryValueInRoundSteps() {
        // better if it falls: 0.8 → 0.25, but the measurement went the wrong way, above the baseline
        IndicatorChart chart = chart(reading("2025-01-01", "0.8"), reading("2026-01-01", "0.25"), reading("2025-07-01", "0.9"));

        assertThat(chart.yTicks()).extracting(Tick::text).containsExactly("0.2", "0.4", "0.6", "0.8", "1");
        assertThat(chart.yTicks().get(0).at()).isEqualTo("156.0");
        assertThat(chart.yTicks().get(4).at()).isEqualTo("10.0");
        double baseline = Double.parseDouble(chart.baselineY());
        double target = Double.parseDouble(chart.targetY());
        double measured = chart.points().get(1).cy();
        assertThat(measured).as("the measurement above the baseline").isLessThan(baseline);
        assertThat(target).as("the target below the baseline").isGreaterThan(baseline);
    }

    @Test
    void aMeasurementAfterTheTargetDateStretchesTheTimeAxisAndEveryPointStaysInThePlot() {
        IndicatorChart chart = chart(reading("2024-01-01", "120000"), reading("2025-01-01", "150000"),
                reading("2024-06-01", "118500.5"), reading("2025-06-01", "151000"));

        assertThat(chart.xTicks()).extracting(Tick::text).containsExactly("01/01/2024", "01/06/2025");
        assertThat(chart.points().get(2).x()).as("the last measurement at the right end").isEqualTo("310.0");
        assertThat(chart.targetMark().cx()).as("the target date inside the axis").isLessThan(310);
        // six-digit labels: the plot starts further right, never past a third of the width
        assertThat(chart.left()).isGreaterThan(25).isLessThanOrEqualTo(IndicatorChart.WIDTH / 3.0);
        for (IndicatorChart.Point point : chart.points()) {
            assertThat(point.cx()).isBetween(chart.left(), 310.0);
            assertThat(point.cy()).isBetween(10.0, 156.0);
        }
    }

    @Test
    void aFlatSeriesStillHasAScale() {
        IndicatorChart.Scale flat = IndicatorChart.Scale.of(5, 5);
        assertThat(flat.low()).isLessThan(5);
        assertThat(flat.high()).isGreaterThan(5);
        assertThat(flat.ticks()).hasSizeBetween(3, 7).contains(5.0);
        assertThat(IndicatorChart.Scale.of(0, 0).ticks()).contains(0.0);
        assertThat(IndicatorChart.Scale.of(0, 100).ticks()).containsExactly(0.0, 25.0, 50.0, 75.0, 100.0);
        assertThat(IndicatorChart.Scale.of(0.1, 0.3).ticks()).containsExactly(0.1, 0.15, 0.2, 0.25, 0.3);
    }
}
