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
}
