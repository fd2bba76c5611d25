package org.cocrea.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every request (issue 12, operations): one MicroProfile Metrics timer per page,
 * {@code cocrea_requests_seconds{page="/plan"}} at {@code /metrics?scope=application} — count, sum,
 * max and percentiles. The page is the view ({@code /plan}, {@code /stl/commitment}), never the
 * query: the number of timers is bounded by the application's own views. The API, downloads and
 * Faces resources are one timer each; an address that names nothing (404) is {@code not-found}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class RequestTimes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String FACES = "Faces Servlet";
    private static final String RESOURCES = "jakarta.faces.resource";

    private static final Metadata REQUESTS = Metadata.builder()
            .withName("cocrea.requests")
            .withDescription("Requests answered and the time they took, per page")
            .withUnit(MetricUnits.NANOSECONDS)
            .build();

    @Inject
    private transient MetricRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            registry.timer(REQUESTS, new Tag("page", pageOf(request.getHttpServletMapping(), response.getStatus())))
                    .update(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The page a request is counted under: its view, or the servlet's pattern; {@code not-found} for a 404. */
    static String pageOf(HttpServletMapping mapping, int status) {
        if (status == HttpServletResponse.SC_NOT_FOUND || mapping == null) {
            return "not-found";
        }
        if (!FACES.equals(mapping.getServletName())) {
            return mapping.getPattern();
        }
        String view = mapping.getMatchValue() == null ? "" : mapping.getMatchValue();
        if (view.startsWith(RESOURCES)) {
            return "/" + RESOURCES;
        }
        if (view.endsWith(".xhtml")) {
            view = view.substring(0, view.length() - ".xhtml".length());
        }
        return "/" + (view.startsWith("/") ? view.substring(1) : view);
    }
}
