package org.cocrea.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.cocrea.shared.CleanText;
import org.cocrea.shared.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an uploaded file (evidence, an attachment) must be: not empty, not larger than the configured limit, and of an
 * accepted type judged by its content (Apache Tika reads the magic bytes; the name only refines
 * a container format such as a .docx inside a zip; zip-based documents are refused when they unpack to
 * an absurd size or number of entries). Then it is hashed with SHA-256, and stored under a safe
 * name (no control or bidirectional characters) whose extension matches the detected type.
 */
@ApplicationScoped
public class UploadPolicy {

    /**
     * The accepted types and the extensions a stored name of each may end with (the first is the one
     * given to a name whose extension says something else: PDF bytes named setup.exe become setup.pdf).
     */
    static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", List.of("pdf")),
            Map.entry("image/png", List.of("png")),
            Map.entry("image/jpeg", List.of("jpg", "jpeg")),
            Map.entry("image/webp", List.of("webp")),
            Map.entry("text/plain", List.of("txt", "text", "md")),
            Map.entry("text/csv", List.of("csv")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx")),
            Map.entry("application/vnd.oasis.opendocument.text", List.of("odt")),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", List.of("ods")));

    static final Set<String> ACCEPTED_TYPES = EXTENSIONS.keySet();

    /** Office and OpenDocument files are zip archives: at most this many entries… */
    static final int MAX_ARCHIVE_ENTRIES = 10_000;

    /** …and at most this many times the upload limit once unpacked (a 1 MB file unpacking to 1 GB is a bomb). */
    static final int MAX_UNPACK_FACTOR = 20;

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
        if (type.startsWith("application/vnd.")) {
            checkArchive(bytes, name, maxBytes * MAX_UNPACK_FACTOR);
        }
        return new CheckedUpload(withExtensionOf(type, name), type, bytes.length, sha256(bytes), bytes);
    }

    /**
     * Refuses a zip-based document with an absurd number of entries or that unpacks (declared or
     * actually) to more than {@code maxUnpacked} bytes; it stops reading as soon as a limit is passed.
     */
    static void checkArchive(byte[] bytes, String name, long maxUnpacked) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                if (entries > MAX_ARCHIVE_ENTRIES || entry.getSize() > maxUnpacked - unpacked) {
                    throw DomainException.onField("file", "evidence.file.archiveTooLarge", name);
                }
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > maxUnpacked) {
                        throw DomainException.onField("file", "evidence.file.archiveTooLarge", name);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw DomainException.onField("file", "evidence.file.typeRejected", name);
        }
    }

    /** The name with an extension that says what the content is: kept if it does, replaced or added if not. */
    static String withExtensionOf(String type, String name) {
        List<String> extensions = EXTENSIONS.get(type);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extensions.contains(extension)) {
            return name;
        }
        String base = dot <= 0 ? name : name.substring(0, dot);
        return base + "." + extensions.get(0);
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

    /**
     * The last part of the name the browser sent, without control, bidirectional or other invisible
     * characters (evil\u202Egnp.exe reads as evilexe.png), nor path or reserved characters.
     */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = CleanText.name(name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_"));
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
