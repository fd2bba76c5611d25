package org.cocrea.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the public reaches Cocrea: {@code cocrea.publicUrl} (scheme, host and port, e.g.
 * {@code https://cocrea.example.org}). Every redirect the application sends is built from it, never
 * from the request's {@code Host} header, which the client writes. Without the setting (dev server,
 * tests) redirects go to this server on {@code localhost}.
 */
@ApplicationScoped
public class PublicAddress {

    private final Optional<String> configured;

    @Inject
    public PublicAddress(@ConfigProperty(name = "cocrea.publicUrl") Optional<String> publicUrl) {
        this.configured = publicUrl.map(String::strip).filter(url -> !url.isEmpty()).map(PublicAddress::origin);
    }

    /** For CDI's proxy. */
    protected PublicAddress() {
        this.configured = Optional.empty();
    }

    /** The absolute address of a path of this application (a path as the servlet API writes it, context path included). */
    public String of(HttpServletRequest request, String path) {
        String base = configured.orElseGet(() -> ownAddress(request));
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * A redirect location as the application wrote it, made absolute from the public address. An
     * absolute URL keeps only its path and query: the application never sends anyone to another
     * site, and an absolute URL here was built by the container from the {@code Host} header.
     */
    public String redirect(HttpServletRequest request, String location) {
        URI uri = URI.create(location);
        if (uri.isAbsolute() || location.startsWith("//")) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return of(request, path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        if (location.startsWith("/")) {
            return of(request, location);
        }
        String uriPath = request.getRequestURI();
        return of(request, uriPath.substring(0, uriPath.lastIndexOf('/') + 1) + location);
    }

    /** The address and port the connection came in on: this server's own, whatever the client wrote in Host. */
    private static String ownAddress(HttpServletRequest request) {
        String address = request.getLocalAddr();
        String host = address.contains(":") ? "[" + address + "]" : address;
        return (request.isSecure() ? "https" : "http") + "://" + host + ":" + request.getLocalPort();
    }

    /** Scheme, host and port of a URL, without a trailing slash or path. */
    static String origin(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("cocrea.publicUrl must be an absolute http(s) URL: " + url);
        }
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
