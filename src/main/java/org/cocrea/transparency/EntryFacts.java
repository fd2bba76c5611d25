package org.cocrea.transparency;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.transparency.tree.CanonicalJson;
import org.cocrea.transparency.tree.Hex;
import org.cocrea.transparency.tree.Rfc6962;

/**
 * The public facts one log entry holds, as the record that gives them writes them (never a
 * person's contact; texts that are not public only as their SHA-256). Always holds {@code kind} and
 * the record's id under the kind's own key; dates as ISO-8601, instants in UTC to the microsecond, as the database keeps them ({@code 2026-12-01T04:15:07.123456Z}).
 */
public final class EntryFacts {

    /** The suffix of a fact that holds a text's SHA-256 instead of the text ({@link #hashOf}). */
    static final String HASHED = "Sha256";

    private final EntryKind kind;
    private final long subjectId;
    private Long commitmentId;
    private Long contentId;
    private final Map<String, Object> fields = new TreeMap<>();

    private EntryFacts(EntryKind kind, String idKey, long subjectId) {
        this.kind = kind;
        this.subjectId = subjectId;
        fields.put("kind", kind.code());
        fields.put(idKey, subjectId);
    }

    /** Facts of {@code kind} about the record {@code subjectId}, written under {@code idKey} ({@code "report"}, {@code "evidence"}, …). */
    public static EntryFacts of(EntryKind kind, String idKey, long subjectId) {
        return new EntryFacts(kind, idKey, subjectId);
    }

    /** The commitment the facts belong to (its public page links to them). */
    public EntryFacts commitment(long id) {
        this.commitmentId = id;
        fields.put("commitment", id);
        return this;
    }

    /** The stored bytes whose SHA-256 the facts hold ({@code file.FileContent}), for the self-audit to re-hash. */
    public EntryFacts bytes(Long fileContentId) {
        this.contentId = fileContentId;
        return this;
    }

    /** A fact; null is left out. Strings, integers, dates and instants. */
    public EntryFacts with(String key, Object value) {
        if (value instanceof Instant instant) {
            fields.put(key, instant.truncatedTo(ChronoUnit.MICROS).toString()); // as the database keeps it (DATETIME(6))
        } else if (value instanceof LocalDate || value instanceof Enum<?>) {
            fields.put(key, value.toString());
        } else if (value != null) {
            fields.put(key, value);
        }
        return this;
    }

    /**
     * A text that is not public, only as its SHA-256 (of its UTF-8 bytes, lower-case hex) under
     * {@code key + "Sha256"}; null is left out. Whoever holds the text can check it; nobody learns
     * it from the log. The self-audit holds a record's text against such a hash ({@link LogAuditor}).
     */
    public EntryFacts hashOf(String key, String text) {
        if (text != null) {
            fields.put(key + HASHED, Hex.of(Rfc6962.sha256(text.getBytes(StandardCharsets.UTF_8))));
        }
        return this;
    }

    /** A text in clear when it is public, else only as its hash ({@link #hashOf}). */
    public EntryFacts text(String key, String text, boolean isPublic) {
        return isPublic ? with(key, text) : hashOf(key, text);
    }

    /** The same facts without one (a fact that may rightly change later, left out of a comparison). */
    public EntryFacts without(String key) {
        fields.remove(key);
        return this;
    }

    public EntryKind kind() { return kind; }
    public long subjectId() { return subjectId; }
    public Long commitmentId() { return commitmentId; }
    public Long contentId() { return contentId; }

    /** The facts by key (strings and integers), for the self-audit's comparison. */
    Map<String, Object> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** The leaf's data: the canonical JSON of the facts. */
    public String canonical() {
        return CanonicalJson.encode(fields);
    }
}
