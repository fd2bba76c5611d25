package org.cocrea.systematization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import org.cocrea.transparency.EntryFacts;
import org.cocrea.transparency.EntryKind;
import org.cocrea.transparency.LoggedRecords;

/** Published report editions as they read now (their frozen bytes' hash), for the transparency self-audit. */
@ApplicationScoped
public class ReportEditions implements LoggedRecords {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.REPORT_EDITION);
    }

    @Override
    public Optional<EntryFacts> current(EntryKind kind, long subjectId) {
        return Optional.ofNullable(em.find(ReportEdition.class, subjectId)).map(e -> e.loggedFacts(null));
    }
}
