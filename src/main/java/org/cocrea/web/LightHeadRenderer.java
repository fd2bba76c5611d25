package org.cocrea.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.renderkit.HeadRenderer;

/**
 * PrimeFaces' renderer of {@code h:head}, lighter on the public pages' light path ({@link LightPath}):
 * there it writes neither the theme's nor PrimeIcons' stylesheet (the only two it writes itself) nor
 * the client-side locale script; whatever a component on the page asks for would still come (no light
 * page builds one: their charts and tables are plain markup). Everywhere else it is PrimeFaces' own. Registered in faces-config.xml.
 */
public class LightHeadRenderer extends HeadRenderer {

    @Override
    protected void encodeCSS(FacesContext context, String library, String resource) throws IOException {
        if (!LightPath.on(context)) {
            super.encodeCSS(context, library, resource);
        }
    }

    @Override
    protected void encodeLocaleResources(FacesContext context, PrimeConfiguration configuration) {
        if (!LightPath.on(context)) {
            super.encodeLocaleResources(context, configuration);
        }
    }
}
