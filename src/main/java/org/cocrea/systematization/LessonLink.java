package org.cocrea.systematization;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.cocrea.shared.DomainException;

/** A record a lesson is about: its kind and id (checked against the lesson's plan by {@link LessonService}). */
@Embeddable
public class LessonLink implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LinkKind kind;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    protected LessonLink() {
    }

    public LessonLink(LinkKind kind, long recordId) {
        this.kind = kind;
        this.recordId = recordId;
    }

    /** A link as a form sends it, {@code KIND:id}; anything else is refused on the field "links". */
    public static LessonLink parse(String key) {
        String[] parts = key == null ? new String[0] : key.split(":", 2);
        try {
            if (parts.length == 2) {
                return new LessonLink(LinkKind.valueOf(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw DomainException.onField("links", "lessons.link.unknown");
    }

    /** How a form names it. */
    public String key() {
        return kind.name() + ":" + recordId;
    }

    public LinkKind getKind() { return kind; }
    public Long getRecordId() { return recordId; }

    @Override
    public boolean equals(Object o) {
        return o instanceof LessonLink l && kind == l.kind && Objects.equals(recordId, l.recordId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, recordId);
    }

    @Override
    public String toString() {
        return key();
    }
}
