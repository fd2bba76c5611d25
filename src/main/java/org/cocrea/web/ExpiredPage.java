package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The expired page's way back: the page whose form expired, opened afresh. The browser reaches
 * the expired page by a redirect from that page's post, and names it as the referrer; only its
 * path and query are kept, and only when they are a page of this site (never another host, never
 * an error page), so the link cannot lead anywhere else. Without one, the link goes home.
 */
@Named
@RequestScoped
public class ExpiredPage {

    @Inject
    private HttpServletRequest request;

    /** The address to open the expired page again (a path of this site), or null when none is known. */
    public String getAgain() {
        return pageOf(request.getHeader("Referer"), request.getContextPath());
    }

    static String pageOf(String referrer, String contextPath) {
        if (referrer == null || referrer.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(referrer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/") || path.startsWith(contextPath + "/errors/")
                    || path.contains("..") || path.contains("//")) {
                return null;
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
