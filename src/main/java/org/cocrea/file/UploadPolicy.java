package org.cocrea.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.cocrea.shared.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an uploaded file (evidence, an attachment) must be: not empty, not larger than the configured limit, and of an
 * accepted type judged by its content (Apache Tika reads the magic bytes; the name only refines
 * a container format such as a .docx inside a zip). Then it is hashed with SHA-256.
 */
@ApplicationScoped
public class UploadPolicy {

    static final Set<String> ACCEPTED_TYPES = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "image/webp",
            "text/plain",
            "text/csv",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet");

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private final long maxBytes;

    @Inject
    public UploadPolicy(@ConfigProperty(name = "cocrea.evidence.max-bytes", defaultValue = "10485760") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** For CDI's proxy. */
    protected UploadPolicy() {
        this.maxBytes = 0;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public CheckedUpload check(Upload upload) {
        byte[] bytes = upload.bytes();
        if (bytes == null || bytes.length == 0) {
            throw DomainException.onField("file", "evidence.file.empty");
        }
        if (bytes.length > maxBytes) {
            throw DomainException.onField("file", "evidence.file.tooLarge", maxBytes / (1024 * 1024));
        }
        String name = cleanName(upload.fileName());
        String type = detect(bytes, name);
        if (!ACCEPTED_TYPES.contains(type) || (type.startsWith("text/") && !isText(bytes))) {
            throw DomainException.onField("file", "evidence.file.typeRejected", name);
        }
        return new CheckedUpload(name, type, bytes.length, sha256(bytes), bytes);
    }

    /**
     * The type the content shows. The name may only narrow it to a more specific type of the same
     * family (a zip named .docx is a Word document); content Tika does not recognise is unknown,
     * whatever its name says.
     */
    private static String detect(byte[] bytes, String name) {
        try {
            MediaType byContent = MediaType.parse(TIKA.detect(new ByteArrayInputStream(bytes)));
            MediaType byContentAndName = MediaType.parse(TIKA.detect(new ByteArrayInputStream(bytes), name));
            if (byContent.equals(MediaType.OCTET_STREAM)) {
                return byContent.toString();
            }
            boolean narrower = REGISTRY.isSpecializationOf(byContentAndName, byContent);
            return (narrower ? byContentAndName : byContent).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tika calls any content without a known signature and with few odd bytes "text". Real text,
     * in UTF-8 or Latin-1, never holds the C0 control characters other than tab, line feed, form
     * feed and carriage return; binary content almost always does.
     */
    static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The last part of the name the browser sent, without control or path characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty()) {
            name = "evidencia";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
