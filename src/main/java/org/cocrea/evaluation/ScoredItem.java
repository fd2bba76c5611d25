package org.cocrea.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocrea.shared.DomainException;

/**
 * One item as scored: its level on the item's scale, the written justification and the references
 * (one a line: {@code milestone:ID}, {@code report:ID}, {@code evidence:ID} of the same commitment,
 * or an http(s) link). In a reconciled result, {@code note} says how differing scores were settled.
 * Messages about an item go next to the item's own input (its name as the field).
 */
@Embeddable
public class ScoredItem implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_JUSTIFICATION = 8000;
    public static final int MAX_NOTE = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "item", nullable = false)
    private Item item;

    @Column(name = "level")
    private String level;

    @Column(name = "justification")
    private String justification;

    @Column(name = "refs")
    private String refs;

    @Column(name = "note")
    private String note;

    protected ScoredItem() {
    }

    public ScoredItem(Item item, String level, String justification, String refs, String note) {
        this.item = item;
        this.level = blankToNull(level);
        this.justification = blankToNull(justification);
        this.refs = blankToNull(refs);
        this.note = blankToNull(note);
    }

    /** An empty item of a form. */
    public static ScoredItem blank(Item item) {
        return new ScoredItem(item, null, null, null, null);
    }

    /** Checks what can be checked while a draft: a known level, lengths. */
    public void checkDraft() {
        if (level != null) {
            item.rank(level);
        }
        if (justification != null && justification.length() > MAX_JUSTIFICATION) {
            throw DomainException.onField(item.name(), "evaluation.justification.tooLong", MAX_JUSTIFICATION);
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw DomainException.onField(item.name(), "evaluation.note.tooLong", MAX_NOTE);
        }
    }

    /** Complete: a level and a justification (what a submission or a reconciled result needs). */
    public void checkComplete() {
        checkDraft();
        if (level == null) {
            throw DomainException.onField(item.name(), "evaluation.level.required");
        }
        if (justification == null) {
            throw DomainException.onField(item.name(), "evaluation.justification.required");
        }
    }

    /** The references, one a line, without blanks. */
    public List<String> references() {
        return refs == null ? List.of() : Arrays.stream(refs.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("level", level);
        s.put("justification", justification);
        s.put("refs", refs);
        if (note != null) {
            s.put("note", note);
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Item getItem() { return item; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = blankToNull(level); }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = blankToNull(justification); }
    public String getRefs() { return refs; }
    public void setRefs(String refs) { this.refs = blankToNull(refs); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = blankToNull(note); }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoredItem other && item == other.item && Objects.equals(level, other.level)
                && Objects.equals(justification, other.justification) && Objects.equals(refs, other.refs)
                && Objects.equals(note, other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, level);
    }
}
