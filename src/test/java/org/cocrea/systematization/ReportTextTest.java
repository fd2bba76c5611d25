package org.cocrea.systematization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The foreword and conclusions keep basic formatting and lose anything that could run. */
class ReportTextTest {

    @Test
    void formattingStaysAndScriptsGo() {
        String clean = ReportText.sanitized("<p onclick=\"alert(1)\">Un <b>año</b> de <i>aprendizaje</i></p>"
                + "<script>alert(2)</script><ul><li>uno</li></ul><a href=\"javascript:alert(3)\">x</a>"
                + "<a href=\"https://gob.mx\">fuente</a><img src=x onerror=alert(4)><iframe src=\"https://e.vil\"></iframe>");
        assertThat(clean).contains("<p>Un <b>año</b> de <i>aprendizaje</i></p>", "<ul><li>uno</li></ul>", "href=\"https://gob.mx\"")
                .doesNotContain("script", "onclick", "javascript", "onerror", "<img", "iframe", "alert");
    }

    @Test
    void nothingLeftIsNothing() {
        assertThat(ReportText.sanitized("<script>alert(1)</script>  ")).isNull();
        assertThat(ReportText.sanitized(null)).isNull();
    }
}
