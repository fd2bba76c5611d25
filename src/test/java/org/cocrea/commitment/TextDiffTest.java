package org.cocrea.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.commitment.TextDiff.Kind;
import org.cocrea.commitment.TextDiff.Segment;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    private static CommitmentText text(String title, String problem) {
        CommitmentText t = new CommitmentText();
        t.getTemplate().setTitle(title);
        t.getTemplate().setProblem(problem);
        return t;
    }

    private static Map<String, TextDiff.Field> byName(List<TextDiff.Field> fields) {
        return fields.stream().collect(Collectors.toMap(TextDiff.Field::name, Function.identity()));
    }

    private static String join(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void marksTheWordsRemovedAndAdded() {
        var fields = byName(TextDiff.compare(
                text("Padrón abierto", "Nadie sabe quién recibe los apoyos del programa"),
                text("Padrón abierto", "Nadie sabe cuánto reciben los apoyos del programa estatal")));
        TextDiff.Field problem = fields.get("problem");
        assertTrue(problem.isChanged());
        assertThat(problem.left()).filteredOn(Segment::isDeleted).extracting(Segment::text)
                .containsExactly("quién recibe");
        assertThat(problem.right()).filteredOn(Segment::isInserted).extracting(Segment::text)
                .containsExactly("cuánto reciben", " estatal");
        assertEquals("Nadie sabe quién recibe los apoyos del programa", join(problem.left()), "side A is version A's text");
        assertEquals("Nadie sabe cuánto reciben los apoyos del programa estatal", join(problem.right()));
        assertThat(problem.left()).noneMatch(Segment::isInserted);
        assertThat(problem.right()).noneMatch(Segment::isDeleted);
    }

    @Test
    void unchangedFieldsAreOneEqualSegment() {
        var fields = byName(TextDiff.compare(text("Padrón abierto", "A"), text("Padrón abierto", "B")));
        TextDiff.Field title = fields.get("title");
        assertFalse(title.isChanged());
        assertEquals(List.of(new Segment("Padrón abierto", Kind.EQUAL)), title.left());
        assertEquals(title.left(), title.right());
        assertFalse(fields.get("objective").isChanged());
        assertThat(fields.get("objective").left()).isEmpty();
        assertEquals(CommitmentTemplate.FIELDS.size(), fields.size());
    }

    @Test
    void aFieldFilledInOrEmptiedIsAllInsertedOrAllDeleted() {
        var filled = byName(TextDiff.compare(text("T", null), text("T", "Nuevo texto"))).get("problem");
        assertEquals(List.of(new Segment("Nuevo texto", Kind.INSERT)), filled.right());
        assertThat(filled.left()).isEmpty();
        var emptied = byName(TextDiff.compare(text("T", "Viejo texto"), text("T", ""))).get("problem");
        assertEquals(List.of(new Segment("Viejo texto", Kind.DELETE)), emptied.left());
    }

    @Test
    void markupLookingTextStaysText() {
        String evil = "<script>alert('x')</script> & <b>negritas</b>";
        var problem = byName(TextDiff.compare(text("T", "Texto"), text("T", "Texto " + evil))).get("problem");
        assertEquals("Texto " + evil, join(problem.right()), "nothing escaped, nothing dropped: the view escapes");
        assertThat(problem.right()).filteredOn(Segment::isInserted).extracting(Segment::text)
                .containsExactly(" " + evil);
    }

    @Test
    void keepsLineBreaksAndSpacing() {
        var problem = byName(TextDiff.compare(text("T", "uno\ndos  tres"), text("T", "uno\ndos  cuatro"))).get("problem");
        assertEquals("uno\ndos  cuatro", join(problem.right()));
        assertEquals(List.of("uno", "\n", "dos", "  ", "tres"), TextDiff.tokens("uno\ndos  tres"));
    }
}
