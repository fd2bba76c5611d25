package org.cocrea.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The geometry of an indicator's chart drawn by the server as SVG (tag {@code co:indicatorChart}):
 * time runs left to right in proportion to the days, from the baseline's date to the target's; the
 * measurements are a line that starts at the baseline; the baseline and the target are dashed lines
 * across the plot, the target also a mark at its date. Coordinates are in the {@link #WIDTH} ×
 * {@link #HEIGHT} box of the SVG's {@code viewBox}, written with one decimal; labels come formatted.
 *
 * @param summary  what the chart shows, in words (the SVG's title: screen readers read it)
 * @param points   the line's points, the baseline first, each with its date and value as a label
 * @param left     the plot's left end: room for the longest value's label
 */
public record IndicatorChart(String summary, String path, List<Point> points, Point targetMark,
                             String baselineY, String targetY, List<Tick> yTicks, List<Tick> xTicks, double left) {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 180;
    static final double TOP = 10;
    static final double BOTTOM = HEIGHT - 24;
    static final double RIGHT = WIDTH - 10;
    /** The width of a digit of the 13-unit labels, about, to leave room for the longest value on the left. */
    static final double DIGIT = 7.5;

    /** A date and a value: the baseline, the target, a measurement. */
    public record Reading(LocalDate date, BigDecimal value) {
    }

    /** A point of the line (or the target's mark) and its label ("30/04/2025: 35.5"). */
    public record Point(double cx, double cy, String label) {

        public String x() {
            return coordinate(cx);
        }

        public String y() {
            return coordinate(cy);
        }

        /** A diamond around the point (the target's mark). */
        public String diamond() {
            return "M" + coordinate(cx) + " " + coordinate(cy - 6) + " l6 6 l-6 6 l-6 -6 Z";
        }
    }

    /** A label on an axis at {@code at} (y for values, x for dates), with its text anchor for dates. */
    public record Tick(String at, String text, String anchor) {
    }

    /**
     * The chart of {@code measurements} (in date order) between {@code baseline} and {@code target},
     * labels written by {@code number} and {@code date}.
     */
    public static IndicatorChart of(String summary, Reading baseline, Reading target, List<Reading> measurements,
                                    Function<BigDecimal, String> number, Function<LocalDate, String> date) {
        List<Reading> line = new ArrayList<>();
        line.add(baseline);
        line.addAll(measurements);

        BigDecimal low = baseline.value().min(target.value());
        BigDecimal high = baseline.value().max(target.value());
        LocalDate first = baseline.date();
        LocalDate last = target.date();
        for (Reading r : measurements) {
            low = low.min(r.value());
            high = high.max(r.value());
            first = r.date().isBefore(first) ? r.date() : first;
            last = r.date().isAfter(last) ? r.date() : last;
        }
        Scale scale = Scale.of(low.doubleValue(), high.doubleValue());
        List<String> tickTexts = new ArrayList<>();
        int longest = 1;
        for (double v : scale.ticks()) {
            String text = number.apply(BigDecimal.valueOf(v).stripTrailingZeros());
            tickTexts.add(text);
            longest = Math.max(longest, text.length());
        }
        double left = Math.min(WIDTH / 3.0, 10 + DIGIT * longest);
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        LocalDate origin = first;
        Function<LocalDate, Double> x = d -> left + (RIGHT - left) * ChronoUnit.DAYS.between(origin, d) / days;
        Function<BigDecimal, Double> y = v -> BOTTOM - (BOTTOM - TOP) * (v.doubleValue() - scale.low()) / (scale.high() - scale.low());

        List<Point> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (Reading r : line) {
            Point point = new Point(x.apply(r.date()), y.apply(r.value()), date.apply(r.date()) + ": " + number.apply(r.value()));
            path.append(path.isEmpty() ? "M" : " L").append(point.x()).append(' ').append(point.y());
            points.add(point);
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i < scale.ticks().size(); i++) {
            yTicks.add(new Tick(coordinate(y.apply(BigDecimal.valueOf(scale.ticks().get(i)))), tickTexts.get(i), "end"));
        }
        List<Tick> xTicks = List.of(new Tick(coordinate(left), date.apply(first), "start"),
                new Tick(coordinate(RIGHT), date.apply(last), "end"));
        Point targetMark = new Point(x.apply(target.date()), y.apply(target.value()),
                date.apply(target.date()) + ": " + number.apply(target.value()));
        return new IndicatorChart(summary, path.toString(), points, targetMark, coordinate(y.apply(baseline.value())),
                coordinate(y.apply(target.value())), yTicks, xTicks, left);
    }

    /** The SVG's viewBox. */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** The line's first point: the baseline. */
    public Point start() {
        return points.get(0);
    }

    /** The left end of the plot, right of the values' labels. */
    public String plotLeft() {
        return coordinate(left);
    }

    /** Where the values are written, right-aligned left of the plot. */
    public String valueLabelX() {
        return coordinate(left - 5);
    }

    /** The right end of the plot, where the dashed lines stop. */
    public String plotRight() {
        return coordinate(RIGHT);
    }

    /** The bottom of the plot: the date axis. */
    public String plotBottom() {
        return coordinate(BOTTOM);
    }

    /** Where the dates are written, under the axis. */
    public String dateLine() {
        return coordinate(HEIGHT - 6);
    }

    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * A value axis with round steps (1, 2, 2.5 or 5 times a power of ten), four to six of them,
     * from a multiple of the step at or below {@code low} to one at or above {@code high}.
     */
    record Scale(double low, double high, List<Double> ticks) {

        static Scale of(double low, double high) {
            if (high - low < 1e-9) {
                double pad = Math.abs(low) < 1e-9 ? 1 : Math.abs(low) / 10;
                low -= pad;
                high += pad;
            }
            double step = step((high - low) / 4);
            double bottom = Math.floor(low / step + 1e-9) * step;
            double top = Math.ceil(high / step - 1e-9) * step;
            List<Double> ticks = new ArrayList<>();
            for (int i = 0; bottom + i * step <= top + step / 1e6; i++) {
                ticks.add(round(bottom + i * step, step));
            }
            return new Scale(ticks.get(0), ticks.get(ticks.size() - 1), List.copyOf(ticks));
        }

        private static double step(double rough) {
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            for (double factor : new double[] {1, 2, 2.5, 5}) {
                if (factor * power >= rough - 1e-12) {
                    return factor * power;
                }
            }
            return 10 * power;
        }

        /** A tick's value without the float's noise (0.30000000000000004 → 0.3). */
        private static double round(double value, double step) {
            int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step)) + 1);
            return BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
        }
    }
}
