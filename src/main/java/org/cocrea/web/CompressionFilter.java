package org.cocrea.web;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip for what compresses well (pages, Faces' ajax answers, CSS, JavaScript, JSON, SVG) when the
 * browser says it accepts it: a first public visit went from about 1.5 MB to a fraction of it. Not
 * for ranges, for responses that already carry an encoding, nor for types that are compressed
 * already (images, PDFs, fonts, archives: evidence downloads pass untouched). Every response that
 * could have been compressed says {@code Vary: Accept-Encoding}, so a cache keeps both forms apart.
 * The decision waits for the first byte of the body, when the type is known.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class CompressionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The types worth compressing (without parameters). */
    static final Set<String> COMPRESSIBLE = Set.of("text/html", "application/xhtml+xml", "text/css",
            "text/javascript", "application/javascript", "application/x-javascript", "application/json",
            "text/xml", "application/xml", "image/svg+xml", "text/plain");
    private static final Pattern GZIP_REFUSED = Pattern.compile("gzip\\s*;\\s*q\\s*=\\s*0(\\.0*)?\\s*(,|$)");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Vary", "Accept-Encoding");
        if (!acceptsGzip(request.getHeader("Accept-Encoding")) || request.getHeader("Range") != null
                || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        GzipResponse gzip = new GzipResponse(response);
        chain.doFilter(request, gzip);
        if (request.isAsyncStarted()) {
            request.getAsyncContext().addListener(new Finish(gzip));
        } else {
            gzip.finish();
        }
    }

    /** Whether an {@code Accept-Encoding} header accepts gzip (named, and not with q=0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        String value = acceptEncoding.toLowerCase(Locale.ROOT);
        return value.contains("gzip") && !GZIP_REFUSED.matcher(value).find();
    }

    /** Whether a response of this content type (parameters allowed) is worth compressing. */
    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return COMPRESSIBLE.contains(type);
    }

    /** The response as the application writes it: gzipped or passed through, decided at the first byte. */
    static final class GzipResponse extends HttpServletResponseWrapper {

        private final HttpServletResponse plain;
        private long contentLength = -1;
        private ServletOutputStream stream;
        private PrintWriter writer;
        private GZIPOutputStream gzip;
        private boolean decided;

        GzipResponse(HttpServletResponse plain) {
            super(plain);
            this.plain = plain;
        }

        /** Decides once: gzip when the type compresses, nobody encoded the body yet and it was not sent. */
        private OutputStream target() throws IOException {
            if (!decided) {
                decided = true;
                if (compressible(getContentType()) && plain.getHeader("Content-Encoding") == null && !plain.isCommitted()) {
                    plain.setHeader("Content-Encoding", "gzip");
                    gzip = new GZIPOutputStream(plain.getOutputStream(), 8192, true);
                } else if (contentLength >= 0) {
                    plain.setContentLengthLong(contentLength);
                }
            }
            return gzip != null ? gzip : plain.getOutputStream();
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (decided && gzip == null) {
                plain.setContentLengthLong(length);
            } else if (!decided) {
                contentLength = length;
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!contentLengthHeader(name, value)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!contentLengthHeader(name, value)) {
                super.addHeader(name, value);
            }
        }

        /** A Content-Length given as a header goes where setContentLength goes; true if it was one. */
        private boolean contentLengthHeader(String name, String value) {
            if (!"Content-Length".equalsIgnoreCase(name)) {
                return false;
            }
            setContentLengthLong(Long.parseLong(value.trim()));
            return true;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called already");
            }
            if (stream == null) {
                stream = new Body();
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (stream != null) {
                    throw new IllegalStateException("getOutputStream() was called already");
                }
                String charset = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(new Body(),
                        charset == null ? StandardCharsets.ISO_8859_1.name() : charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (gzip != null) {
                gzip.flush();
            }
            plain.flushBuffer();
        }

        @Override
        public void reset() {
            if (gzip != null) {
                throw new IllegalStateException("the compressed body has begun");
            }
            super.reset();
            decided = false;
            contentLength = -1;
        }

        @Override
        public void resetBuffer() {
            if (gzip != null) {
                throw new IllegalStateException("the compressed body has begun");
            }
            super.resetBuffer();
        }

        /** Ends the gzip stream (its trailer), once the application has written everything. */
        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (!decided && contentLength >= 0) {
                plain.setContentLengthLong(contentLength);
            }
            if (gzip != null) {
                gzip.finish();
                gzip = null;
                decided = true;
            }
        }

        /** The body's bytes, to wherever {@link #target()} decides. */
        private final class Body extends ServletOutputStream {

            @Override
            public void write(int b) throws IOException {
                target().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length > 0) {
                    target().write(bytes, offset, length);
                }
            }

            @Override
            public void flush() throws IOException {
                if (decided) {
                    target().flush();
                }
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("compressed responses are written blocking");
            }
        }
    }

    /** An asynchronous response ends its gzip stream when it completes. */
    private record Finish(GzipResponse response) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) throws IOException {
            response.finish();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // the container ends the response
        }

        @Override
        public void onError(AsyncEvent event) {
            // the container ends the response
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // nothing to do
        }
    }
}
