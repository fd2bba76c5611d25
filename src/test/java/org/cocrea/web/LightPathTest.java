package org.cocrea.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The light path's pages and the stylesheet's versioned address (issue 10). */
class LightPathTest {

    @Test
    void theHomeAPlanAndACommitmentTakeTheLightPathOtherPagesDoNot() {
        assertThat(PublicPages.isLight("/index.xhtml")).isTrue();
        assertThat(PublicPages.isLight("/plan")).isTrue();
        assertThat(PublicPages.isLight("/commitment.xhtml")).isTrue();
        assertThat(PublicPages.isLight("/results.xhtml")).as("public, with charts").isFalse();
        assertThat(PublicPages.isLight("/login.xhtml")).isFalse();
        assertThat(PublicPages.isLight("/stl/commitment.xhtml")).isFalse();
        assertThat(PublicPages.isLight(null)).isFalse();
        assertThat(PublicPages.LIGHT).allSatisfy(view -> assertThat(PublicPages.isPublic(view)).isTrue());
    }

    @Test
    void theVersionIsAHashOfTheContentAddedToTheQuery() throws Exception {
        String one = VersionedResources.hashOf(new ByteArrayInputStream("body { color: red }".getBytes(StandardCharsets.UTF_8)));
        String same = VersionedResources.hashOf(new ByteArrayInputStream("body { color: red }".getBytes(StandardCharsets.UTF_8)));
        String other = VersionedResources.hashOf(new ByteArrayInputStream("body { color: blue }".getBytes(StandardCharsets.UTF_8)));
        assertThat(one).matches("[0-9a-f]{12}").isEqualTo(same).isNotEqualTo(other);

        assertThat(VersionedResources.withVersion("/c/jakarta.faces.resource/css/cocrea.css.xhtml", one))
                .isEqualTo("/c/jakarta.faces.resource/css/cocrea.css.xhtml?v=" + one);
        assertThat(VersionedResources.withVersion("/c/jakarta.faces.resource/x.css.xhtml?ln=site", one)).endsWith("?ln=site&v=" + one);
        assertThat(ResourceCaching.versioned("v=" + one)).isTrue();
    }
}
