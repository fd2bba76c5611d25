package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.cocrea.security.PublicAddress;

/**
 * The HTML a government website copies to show a commitment's or plan's progress badge (issue 14):
 * a link to the public page around the SVG image of {@code /api/v1/badges/…}, with its alternative
 * text. Absolute addresses from {@code cocrea.publicUrl}. Shown by {@code includes/badgeSnippet.xhtml}.
 */
@Named
@RequestScoped
public class BadgeSnippet {

    @Inject
    private PublicAddress address;

    /** The snippet for {@code kind} ("commitment" or "plan") and the record's id; {@code alt} says what the image shows. */
    public String html(String kind, Long id, String alt) {
        String base = base();
        String page = base + "/" + kind + "?id=" + id;
        String image = base + "/api/v1/badges/" + kind + "/" + id + ".svg" + ("en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()) ? "?lang=en" : "");
        return "<a href=\"" + page + "\"><img src=\"" + image + "\" alt=\"" + escape(alt) + "\" height=\"22\"></a>";
    }

    /** The image's own address, for the preview beside the snippet. */
    public String image(String kind, Long id) {
        return base() + "/api/v1/badges/" + kind + "/" + id + ".svg";
    }

    private String base() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String root = address.of(request, request.getContextPath() + "/");
        return root.substring(0, root.length() - 1);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
