package org.cocrea.security;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate limit of the API and the downloads (issue 14), per client address, in one place: every
 * request to {@code /api/*} (the JSON API and the open-data downloads) and to the file downloads
 * ({@code /evidence/*}, {@code /file/*}, {@code /measurement/*}, {@code /report/*}) takes one
 * request from its client's allowance ({@link RateLimiter}); past it the answer is {@code 429 Too
 * Many Requests} with {@code Retry-After} (seconds) and an RFC 9457 problem detail, and nothing is
 * read. Settings (MicroProfile Config): {@code cocrea.rateLimit.requests} per
 * {@code cocrea.rateLimit.periodSeconds}, {@code cocrea.rateLimit.maxClients}, and
 * {@code cocrea.rateLimit.trustedProxies}: the addresses of reverse proxies whose
 * {@code X-Forwarded-For} names the client (its last address not a trusted proxy); from anybody
 * else the header is ignored; {@code cocrea.rateLimit.exempt}: client addresses never limited (a
 * monitoring probe; the test suite's own machine). Pages are not limited here: they come from the page cache.
 */
@WebFilter(urlPatterns = {"/api/*", "/evidence/*", "/file/*", "/measurement/*", "/report/*"}, asyncSupported = true,
        dispatcherTypes = DispatcherType.REQUEST)
public class RateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "cocrea.rateLimit.requests", defaultValue = "300")
    private int requests;

    @Inject
    @ConfigProperty(name = "cocrea.rateLimit.periodSeconds", defaultValue = "60")
    private long periodSeconds;

    @Inject
    @ConfigProperty(name = "cocrea.rateLimit.maxClients", defaultValue = "100000")
    private int maxClients;

    @Inject
    @ConfigProperty(name = "cocrea.rateLimit.trustedProxies")
    private Optional<String> trustedProxies;

    @Inject
    @ConfigProperty(name = "cocrea.rateLimit.exempt")
    private Optional<String> exemptClients;

    @Inject
    private Clock clock;

    private transient RateLimiter limiter;
    private transient List<String> proxies;
    private transient List<String> exempt;

    @PostConstruct
    void start() {
        limiter = new RateLimiter(requests, periodSeconds, maxClients, clock);
        proxies = addresses(trustedProxies);
        exempt = addresses(exemptClients);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = clientOf(request);
        long wait = exempt.contains(client) ? 0 : limiter.take(client);
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(wait));
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"error\":\"rate-limited\","
                + "\"retryAfter\":" + wait + "}").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static List<String> addresses(Optional<String> list) {
        return list.map(l -> Arrays.stream(l.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList()).orElse(List.of());
    }

    /** The client's address: the connection's, or, through a trusted proxy, the nearest forwarded one that is not a proxy. */
    String clientOf(HttpServletRequest request) {
        return clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), proxies);
    }

    static String clientOf(String remote, String forwarded, List<String> proxies) {
        if (forwarded == null || !proxies.contains(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !proxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remote;
    }
}
