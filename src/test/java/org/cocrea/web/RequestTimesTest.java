package org.cocrea.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.MappingMatch;
import org.junit.jupiter.api.Test;

/** The page a request is timed under: its view, never its query or an unknown address. */
class RequestTimesTest {

    private static HttpServletMapping mapping(String servlet, String pattern, String match) {
        return new HttpServletMapping() {
            @Override public String getMatchValue() { return match; }
            @Override public String getPattern() { return pattern; }
            @Override public String getServletName() { return servlet; }
            @Override public MappingMatch getMappingMatch() { return MappingMatch.EXACT; }
        };
    }

    @Test
    void aViewIsNamedWithoutItsExtension() {
        assertThat(RequestTimes.pageOf(mapping(RequestTimes.FACES, "/plan", "plan"), 200)).isEqualTo("/plan");
        assertThat(RequestTimes.pageOf(mapping(RequestTimes.FACES, "*.xhtml", "stl/commitment.xhtml"), 200)).isEqualTo("/stl/commitment");
        assertThat(RequestTimes.pageOf(mapping(RequestTimes.FACES, "*.xhtml", "stl/commitment"), 302)).isEqualTo("/stl/commitment");
    }

    @Test
    void resourcesOtherServletsAndUnknownAddressesAreOneNameEach() {
        assertThat(RequestTimes.pageOf(mapping(RequestTimes.FACES, "/jakarta.faces.resource/*", "jakarta.faces.resource/x.js"), 200))
                .isEqualTo("/jakarta.faces.resource");
        assertThat(RequestTimes.pageOf(mapping("DownloadServlet", "/evidence/*", "4711"), 200)).isEqualTo("/evidence/*");
        assertThat(RequestTimes.pageOf(mapping(RequestTimes.FACES, "*.xhtml", "anything-at-all"), 404)).isEqualTo("not-found");
        assertThat(RequestTimes.pageOf(null, 200)).isEqualTo("not-found");
    }
}
