package org.cocrea.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cocrea.shared.Progress;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ProgressBadgeTest {

    @Test
    void aBadgeIsWellFormedSvgThatSaysWhatItShows() throws Exception {
        String svg = ProgressBadge.svg("avance", Progress.of(45.4), "Avance del compromiso «Obra <visible> & \"abierta\"»: 45 %");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Avance del compromiso «Obra <visible> & \"abierta\"»: 45 %");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).startsWith("Avance del compromiso");
        assertThat(svg).contains(">45 %<").doesNotContain("<visible>");
    }

    @Test
    void aBadgeWithoutProgressShowsADash() {
        assertThat(ProgressBadge.svg("progress", Progress.notComputable(), "no milestones yet")).contains(">–<");
    }

    @Test
    void controlCharactersNeverReachTheSvg() {
        assertThat(ProgressBadge.escape("a\u0000b\u001bc")).isEqualTo("abc");
    }
}
