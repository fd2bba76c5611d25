package org.cocrea.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The guide as /help serves it: GitHub's heading ids, explicit ids in English, one map for both. */
class UserGuideTest {

    private final UserGuide guide = new UserGuide();

    @Test
    void headingsGetGitHubsIdsSoTheGuidesOwnContentsWork() {
        assertEquals("3-administración-de-la-plataforma-estados-actores-y-cuentas",
                UserGuide.githubSlug("3. Administración de la plataforma: estados, actores y cuentas"));
        assertEquals("106-el-público-resultados-y-comparación", UserGuide.githubSlug("10.6 El público: Resultados y comparación"));
        assertThat(guide.in("es").html()).contains("id=\"2-entrar-salir-mi-cuenta-e-idioma\"")
                .contains("href=\"#2-entrar-salir-mi-cuenta-e-idioma\"");
    }

    @Test
    void everyAnchorOfTheMapExistsInTheSpanishGuide() {
        assertThat(guide.anchors()).isNotEmpty();
        guide.anchors().forEach((view, anchor) ->
                assertThat(guide.in("es").anchors()).as(view).contains(anchor));
    }

    @Test
    void theEnglishGuideUsesTheSpanishIdsAndHidesTheirMarks() {
        String html = guide.in("en").html();
        assertThat(html).contains("id=\"6-el-público-inicio-plan-compromiso-y-evidencia\"").doesNotContain("{#");
        assertEquals("6-el-público-inicio-plan-compromiso-y-evidencia", guide.anchorFor("/plan.xhtml", "en"));
        assertEquals("111-indicadores-y-teoría-de-cambio", guide.anchorFor("/stl/theory.xhtml", "en"));
        assertEquals("111-indicadores-y-teoría-de-cambio", guide.anchorFor("/stl/theory.xhtml", "es"));
        assertEquals("", guide.anchorFor("/no/such/page.xhtml", "es"));
    }

    /** The English guide is whole: every heading of the Spanish guide has its English heading, under the same id. */
    @Test
    void theEnglishGuideHasEveryChapterOfTheSpanishOne() {
        assertThat(guide.in("en").anchors()).containsAll(guide.in("es").anchors());
        guide.anchors().forEach((view, anchor) -> assertThat(guide.anchorFor(view, "en")).as(view).isEqualTo(anchor));
    }

    @Test
    void screenshotsPointWhereTheWarHoldsThem() {
        assertThat(guide.in("es").html()).contains("src=\"help/images/").doesNotContain("src=\"images/");
    }
}
