package org.cocrea.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.audit.AuditEntry.Change;
import org.junit.jupiter.api.Test;

/** What the change log shows: the fields that changed, as text, in snapshot order. */
class AuditEntryTest {

    private static final class Subject implements Auditable {
        final Map<String, Object> snapshot = new LinkedHashMap<>();

        @Override public Long getId() { return 5L; }
        @Override public Long auditStateId() { return 1L; }
        @Override public Map<String, Object> auditSnapshot() { return new LinkedHashMap<>(snapshot); }
    }

    private static AuditEntry entry(Map<String, Object> before, Subject after) {
        return new AuditEntry(Instant.EPOCH, "stl.son", after, "UPDATE",
                before == null ? null : AuditTrail.toJson(before), AuditTrail.toJson(after.auditSnapshot()));
    }

    @Test
    void listsOnlyTheFieldsThatChanged() {
        Subject milestone = new Subject();
        milestone.snapshot.put("title", "Publicar el padrón");
        milestone.snapshot.put("status", "IN_PROGRESS");
        milestone.snapshot.put("responsibles", List.of("Colectivo Gasto Claro"));
        Map<String, Object> before = milestone.auditSnapshot();
        milestone.snapshot.put("status", "COMPLETE");

        assertEquals(List.of(new Change("status", "IN_PROGRESS", "COMPLETE")), entry(before, milestone).changes());
    }

    @Test
    void aCreationShowsEveryFieldThatHasAValue() {
        Subject plan = new Subject();
        plan.snapshot.put("title", "Plan 2026");
        plan.snapshot.put("theoryImpact", null);
        plan.snapshot.put("weight", 2);
        plan.snapshot.put("values", List.of("TRANSPARENCY", "INCLUSION"));

        List<Change> changes = entry(null, plan).changes();
        assertTrue(changes.contains(new Change("title", null, "Plan 2026")));
        assertTrue(changes.contains(new Change("weight", null, "2")));
        assertTrue(changes.contains(new Change("values", null, "TRANSPARENCY, INCLUSION")));
        assertEquals(3, changes.size(), "an empty field is not a change: " + changes);
    }

    @Test
    void aFieldThatWasEmptiedShowsItsOldValue() {
        Subject commitment = new Subject();
        commitment.snapshot.put("objective", "Publicar el gasto");
        Map<String, Object> before = commitment.auditSnapshot();
        commitment.snapshot.put("objective", "");

        assertEquals(List.of(new Change("objective", "Publicar el gasto", null)), entry(before, commitment).changes());
    }
}
