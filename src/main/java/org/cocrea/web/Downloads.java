package org.cocrea.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How a stored file leaves the server: as an attachment, with its detected type and its SHA-256. */
final class Downloads {

    private Downloads() {
    }

    static void send(HttpServletResponse response, String fileName, String mediaType, String sha256,
                     byte[] content, boolean isPublic) throws IOException {
        String name = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(mediaType);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + name);
        response.setHeader("X-Content-SHA256", sha256);
        // stored files never change; files that are not public stay out of every cache
        response.setHeader("Cache-Control", isPublic ? "public, max-age=86400" : "no-store");
        response.getOutputStream().write(content);
    }

    /** The id at the end of /evidence/{id} or /file/{id}; a bad one reads as a missing file. */
    static long idOf(String pathInfo) {
        return Long.parseLong(pathInfo == null ? "" : pathInfo.substring(1));
    }
}
