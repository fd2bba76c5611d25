package org.cocrea.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import org.cocrea.transparency.EntryFacts;
import org.cocrea.transparency.EntryKind;
import org.cocrea.transparency.LoggedRecords;

/** Published versions as they read now (their frozen text's hash), for the transparency self-audit. */
@ApplicationScoped
public class PublishedVersions implements LoggedRecords {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Override
    public Set<EntryKind> kinds() {
        return Set.of(EntryKind.COMMITMENT_PUBLICATION);
    }

    @Override
    public Optional<EntryFacts> current(EntryKind kind, long subjectId) {
        return Optional.ofNullable(em.find(CommitmentVersion.class, subjectId)).map(v -> v.publicationFacts(null));
    }
}
