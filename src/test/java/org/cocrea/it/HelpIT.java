package org.cocrea.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.support.Deployments;
import org.cocrea.support.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /help serves the user guide from docs/ in Spanish and English, and the help link of a page opens
 * the chapter about it (every anchor of the map is checked by UserGuideTest).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HelpIT {

    private static final Pattern HELP_LINK = Pattern.compile("id=\"helpLink\" href=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theGuideAnswersInSpanishAndInEnglish() throws Exception {
        PageClient reader = new PageClient(base);
        HttpResponse<String> spanish = reader.page("help");
        assertEquals(200, spanish.statusCode());
        assertThat(spanish.body()).contains("Guía de uso de Cocrea", "id=\"3-administración-de-la-plataforma-estados-actores-y-cuentas\"");

        assertEquals(302, reader.page("help?lang=en").statusCode());
        HttpResponse<String> english = reader.page("help");
        assertEquals(200, english.statusCode());
        assertThat(english.body()).contains("Cocrea user guide", "id=\"6-el-público-inicio-plan-compromiso-y-evidencia\"")
                .doesNotContain("Guía de uso de Cocrea");
    }

    @Test
    void aPagesHelpLinkOpensItsChapterAndTheScreenshotsAreServed() throws Exception {
        PageClient reader = new PageClient(base);
        Matcher link = HELP_LINK.matcher(reader.page("toolbox").body());
        assertThat(link.find()).as("the layout carries the help link").isTrue();
        String href = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
        assertThat(href).endsWith("/help#98-caja-de-herramientas");
        assertThat(reader.page("help").body()).contains("id=\"98-caja-de-herramientas\"");
        Matcher image = Pattern.compile("src=\"(help/images/[^\"]+)\"").matcher(reader.page("help").body());
        assertThat(image.find()).isTrue();
        assertEquals(200, reader.page(image.group(1)).statusCode());
    }
}
