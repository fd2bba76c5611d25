package org.cocrea.commitment;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Two versions of a commitment's text side by side: field by field, and within a field word by word
 * (java-diff-utils over word and space tokens). Plain text only: the view escapes and marks it up.
 */
public final class TextDiff {

    /** Splits between a space and a non-space, so that words and the spaces between them are tokens. */
    private static final Pattern TOKENS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    public enum Kind { EQUAL, DELETE, INSERT }

    /** A run of text that is in both versions, only in the older (DELETE) or only in the newer (INSERT). */
    public record Segment(String text, Kind kind) implements java.io.Serializable {
        public boolean isDeleted() { return kind == Kind.DELETE; }
        public boolean isInserted() { return kind == Kind.INSERT; }
    }

    /**
     * One field: its name (bundle key {@code audit.field.<name>}), its text in A and in B, and the
     * segments of each side: A shows what B dropped, B what it added.
     */
    public record Field(String name, String a, String b, List<Segment> left, List<Segment> right) implements java.io.Serializable {
        public boolean isChanged() {
            return !a.equals(b);
        }
    }

    private TextDiff() {
    }

    public static List<Field> compare(CommitmentText a, CommitmentText b) {
        return compare(a, b, null);
    }

    /** The same, with values, types and dates as people read them (see {@link CommitmentText#plainFields(java.util.function.UnaryOperator)}). */
    public static List<Field> compare(CommitmentText a, CommitmentText b, java.util.function.UnaryOperator<String> labels) {
        Map<String, String> fa = a.plainFields(labels);
        Map<String, String> fb = b.plainFields(labels);
        List<Field> fields = new ArrayList<>();
        fa.forEach((name, textA) -> fields.add(field(name, textA, fb.get(name))));
        return fields;
    }

    static Field field(String name, String a, String b) {
        if (a.equals(b)) {
            List<Segment> same = a.isEmpty() ? List.of() : List.of(new Segment(a, Kind.EQUAL));
            return new Field(name, a, b, same, same);
        }
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(ta, tb, true).getDeltas()) {
            String source = String.join("", delta.getSource().getLines());
            String target = String.join("", delta.getTarget().getLines());
            switch (delta.getType()) {
                case EQUAL -> {
                    add(left, source, Kind.EQUAL);
                    add(right, target, Kind.EQUAL);
                }
                case DELETE -> add(left, source, Kind.DELETE);
                case INSERT -> add(right, target, Kind.INSERT);
                case CHANGE -> {
                    add(left, source, Kind.DELETE);
                    add(right, target, Kind.INSERT);
                }
            }
        }
        return new Field(name, a, b, joinChanges(left), joinChanges(right));
    }

    /** A lone space between two changed runs belongs to the change: "quién recibe", not "quién" + " " + "recibe". */
    private static List<Segment> joinChanges(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean bridge = s.kind() == Kind.EQUAL && s.text().isBlank() && i > 0 && i + 1 < segments.size()
                    && segments.get(i - 1).kind() != Kind.EQUAL && segments.get(i + 1).kind() == segments.get(i - 1).kind();
            add(out, s.text(), bridge ? segments.get(i - 1).kind() : s.kind());
        }
        return List.copyOf(out);
    }

    static List<String> tokens(String s) {
        return s.isEmpty() ? List.of() : List.of(TOKENS.split(s));
    }

    /** Appends a segment, merged with the previous one when of the same kind. */
    private static void add(List<Segment> segments, String text, Kind kind) {
        if (text.isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(segments.get(last).text() + text, kind));
        } else {
            segments.add(new Segment(text, kind));
        }
    }
}
