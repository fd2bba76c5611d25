package org.cocrea.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import org.cocrea.transparency.EntryFacts;
import org.cocrea.transparency.EntryKind;
import org.cocrea.transparency.LoggedRecords;

/**
 * Reports, evidence and sign-offs as they read now, for the transparency self-audit ({@link
 * MilestoneFacts}, the same facts). An organization may be renamed in the application: its name is
 * not compared.
 */
@ApplicationScoped
public class MilestoneRecords implements LoggedRecords {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.PROGRESS_REPORT, EntryKind.EVIDENCE, EntryKind.SIGN_OFF);
    }

    @Override
    public Optional<EntryFacts> current(EntryKind kind, long subjectId) {
        Optional<EntryFacts> facts = switch (kind) {
            case PROGRESS_REPORT -> Optional.ofNullable(em.find(ProgressReport.class, subjectId)).map(MilestoneFacts::report);
            case EVIDENCE -> Optional.ofNullable(em.find(Evidence.class, subjectId)).map(e -> MilestoneFacts.evidence(e, true));
            case SIGN_OFF -> Optional.ofNullable(em.find(SignOff.class, subjectId)).map(s -> MilestoneFacts.signOff(s.milestone(), s));
            default -> Optional.empty();
        };
        return facts.map(f -> f.without("organization"));
    }
}
