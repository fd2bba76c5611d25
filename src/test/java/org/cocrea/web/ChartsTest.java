package org.cocrea.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The configurations are the ones the home, priorities and work-session pages wrote each on its own. */
class ChartsTest {

    @Test
    void horizontalBarsFromZeroToTheirMaximumWithoutLegend() {
        assertEquals("{\"type\":\"bar\",\"data\":{\"labels\":[\"Sonora\",\"Durango\"],\"datasets\":[{\"label\":\"Avance (%)\","
                        + "\"data\":[42,7],\"backgroundColor\":\"#0f766e\"}]},\"options\":{\"indexAxis\":\"y\",\"animation\":false,"
                        + "\"responsive\":true,\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"display\":false}},"
                        + "\"scales\":{\"x\":{\"min\":0,\"max\":100}}}}",
                Charts.horizontalBars("Avance (%)", List.of("Sonora", "Durango"), List.of(42, 7), 100));
        assertEquals("{\"type\":\"bar\",\"data\":{\"labels\":[\"1. Agua\"],\"datasets\":[{\"label\":\"Promedio\","
                        + "\"data\":[4.50],\"backgroundColor\":\"#0f766e\"}]},\"options\":{\"indexAxis\":\"y\",\"animation\":false,"
                        + "\"responsive\":true,\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"display\":false}},"
                        + "\"scales\":{\"x\":{\"min\":0,\"max\":5}}}}",
                Charts.horizontalBars("Promedio", List.of("1. Agua"), List.of(new BigDecimal("4.50")), 5));
    }

    @Test
    void aDoughnutColoursItsSlicesInTurnWithTheLegendBelow() {
        List<String> labels = List.of("a", "b", "c", "d", "e", "f", "g");
        assertEquals("{\"type\":\"doughnut\",\"data\":{\"labels\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\"],"
                        + "\"datasets\":[{\"data\":[1,2,3,4,5,6,7],\"backgroundColor\":[\"#0f766e\",\"#2563eb\",\"#d97706\","
                        + "\"#7c3aed\",\"#db2777\",\"#6b7280\",\"#0f766e\"]}]},\"options\":{\"animation\":false,\"responsive\":true,"
                        + "\"maintainAspectRatio\":false,\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}",
                Charts.doughnut(labels, List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L)));
    }

    @Test
    void noLabelClosesTheInlineScriptItIsWrittenIn() {
        String chart = Charts.doughnut(List.of("</script><script>alert(1)</script>&"), List.of(1L));
        assertEquals(-1, chart.indexOf('<'));
        assertEquals(-1, chart.indexOf('>'));
        assertEquals(-1, chart.indexOf('&'));
        assertTrue(chart.contains("\\u003c/script\\u003e"));
    }

    @Test
    void anIndicatorLineHasItsMeasurementsAndDashedBaselineAndTargetAcrossTheChart() {
        java.util.List<Number> values = new java.util.ArrayList<>(java.util.Arrays.asList(new BigDecimal("20"), new BigDecimal("35.5"), null));
        assertEquals("{\"type\":\"line\",\"data\":{\"labels\":[\"31/01/2025\",\"30/04/2025\",\"30/06/2027\"],"
                        + "\"datasets\":[{\"label\":\"Contratos (%)\",\"data\":[20,35.5,null],\"borderColor\":\"#0f766e\","
                        + "\"backgroundColor\":\"#0f766e\",\"spanGaps\":true},"
                        + "{\"label\":\"Línea base\",\"data\":[20,20,20],\"borderColor\":\"#6b7280\",\"borderDash\":[6,4],"
                        + "\"pointRadius\":0,\"fill\":false},"
                        + "{\"label\":\"Meta\",\"data\":[80,80,80],\"borderColor\":\"#d97706\",\"borderDash\":[6,4],"
                        + "\"pointRadius\":0,\"fill\":false}]},"
                        + "\"options\":{\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false,"
                        + "\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}",
                Charts.indicatorLine(List.of("31/01/2025", "30/04/2025", "30/06/2027"), "Contratos (%)", values,
                        "Línea base", new BigDecimal("20"), "Meta", new BigDecimal("80")));
    }
}
