package org.cocrea.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public page as rendered for one address and language (issue 12), kept by {@link PublicPageCache}
 * with the version of the data it was rendered from. Its CSP nonce is cut out: each answer gets a
 * fresh one, in the body and in the policy header, so no two visitors share a nonce. The ETag is a
 * hash of the page without its nonce: equal pages, equal tags, whatever the version.
 */
final class RenderedPage {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    private final long version;
    private final String contentType;
    private final Charset charset;
    private final List<byte[]> parts;
    private final String policy;
    private final String etag;
    private final Instant lastModified;
    private final int size;

    private RenderedPage(long version, String contentType, Charset charset, List<byte[]> parts, String policy, String etag,
                         Instant lastModified) {
        this.version = version;
        this.contentType = contentType;
        this.charset = charset;
        this.parts = parts;
        this.policy = policy;
        this.etag = etag;
        this.lastModified = lastModified;
        this.size = parts.stream().mapToInt(p -> p.length).sum();
    }

    /**
     * The page {@code body} (in {@code charset}) rendered from data version {@code version}, with the
     * policy header PrimeFaces announced (null when none: then the page carries no nonce).
     */
    static RenderedPage of(long version, Instant lastModified, String contentType, Charset charset, byte[] body, String policy) {
        String text = new String(body, charset);
        String nonce = nonceOf(policy);
        List<String> pieces = nonce == null ? List.of(text) : split(text, nonce);
        List<byte[]> parts = new ArrayList<>();
        for (String piece : pieces) {
            parts.add(piece.getBytes(charset));
        }
        String withoutNonce = String.join("\u0000", pieces);
        return new RenderedPage(version, contentType, charset, List.copyOf(parts),
                nonce == null ? null : policy.replace(nonce, "\u0000"), "W/\"" + hash(withoutNonce) + "\"", lastModified);
    }

    static String nonceOf(String policy) {
        if (policy == null) {
            return null;
        }
        Matcher nonce = NONCE.matcher(policy);
        return nonce.find() ? nonce.group(1) : null;
    }

    private static List<String> split(String text, String nonce) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(nonce); at >= 0; at = text.indexOf(nonce, from)) {
            pieces.add(text.substring(from, at));
            from = at + nonce.length();
        }
        pieces.add(text.substring(from));
        return pieces;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isOf(long currentVersion) {
        return version == currentVersion;
    }

    String contentType() {
        return contentType;
    }

    String etag() {
        return etag;
    }

    Instant lastModified() {
        return lastModified;
    }

    /** The policy header with this answer's nonce, or null when the page has none. */
    String policy(String nonce) {
        return policy == null ? null : policy.replace("\u0000", nonce);
    }

    /** The body's length with a nonce of {@code nonceLength} characters. */
    int length(int nonceLength) {
        return size + (parts.size() - 1) * nonceLength;
    }

    /** Writes the body with {@code nonce} wherever the rendered page had its own. */
    void writeTo(OutputStream out, String nonce) throws IOException {
        byte[] fresh = nonce.getBytes(charset);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(fresh);
            }
            out.write(parts.get(i));
        }
    }

    /** Whether a request's {@code If-None-Match} names this page (weak comparison, as for GET). */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals(opaque) || t.equals("W/" + opaque)) {
                return true;
            }
        }
        return false;
    }
}
