package org.cocrea.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Faces resources that carry their version ({@code /jakarta.faces.resource/…?…&v=15.0.13}: PrimeFaces'
 * scripts, styles, theme and fonts) never change under the same address: the browser keeps them a
 * year and does not even ask again. Resources without a version keep the container's default.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*", dispatcherTypes = DispatcherType.REQUEST)
public class ResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!versioned(request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", IMMUTABLE);
        // Faces' resource handler would set its own week (max-age=604800): ours stays
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /** Whether a query string names a version ({@code v=…}, not empty). */
    static boolean versioned(String query) {
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("v=") && parameter.length() > 2) {
                return true;
            }
        }
        return false;
    }
}
