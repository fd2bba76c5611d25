package org.cocrea.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, in one way: no animation, sized by the
 * page, and safe to write into the inline script PrimeFaces puts them in.
 */
public final class Charts {

    /** The colours of a doughnut's slices, in turn; the first is the one of bars. */
    private static final String[] COLORS = {"#0f766e", "#2563eb", "#d97706", "#7c3aed", "#db2777", "#6b7280"};

    private Charts() {
    }

    /** Horizontal bars, one a label, on a scale from 0 to {@code max}, without a legend. */
    public static String horizontalBars(String seriesLabel, List<String> labels, List<? extends Number> values, int max) {
        return forInlineScript(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", seriesLabel)
                                .add("data", numbers(values))
                                .add("backgroundColor", COLORS[0]))))
                .add("options", sized(Json.createObjectBuilder().add("indexAxis", "y"))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("min", 0).add("max", max))))
                .build()
                .toString());
    }

    /** A doughnut, one slice a label, its legend below. */
    public static String doughnut(List<String> labels, List<? extends Number> values) {
        JsonArrayBuilder colors = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colors.add(COLORS[i % COLORS.length]);
        }
        return forInlineScript(Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", numbers(values))
                                .add("backgroundColor", colors))))
                .add("options", sized(Json.createObjectBuilder())
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build()
                .toString());
    }

    private static JsonObjectBuilder sized(JsonObjectBuilder options) {
        return options
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false);
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Number value : values) {
            if (value instanceof BigDecimal decimal) {
                array.add(decimal);
            } else if (value instanceof Long || value instanceof Integer) {
                array.add(value.longValue());
            } else {
                array.add(value.doubleValue());
            }
        }
        return array;
    }

    /** PrimeFaces writes the configuration into an inline script: no label may close it. */
    private static String forInlineScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
