package org.cocrea.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.file.Download;
import org.cocrea.file.FileStore;
import org.cocrea.shared.NotFoundException;

/** Reading evidence files, for whoever may see the commitment they prove. */
@ApplicationScoped
public class EvidenceService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private FileStore files;

    /**
     * The file, if the caller may see it: anybody for a public commitment; the secretariat of its
     * state and the milestone's reporters otherwise. To everybody else it does not exist.
     */
    public Download file(long evidenceId) {
        Evidence evidence = em.createQuery("select e from Evidence e join fetch e.report r join fetch r.milestone m "
                        + "join fetch m.commitment where e.id = :id", Evidence.class)
                .setParameter("id", evidenceId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        Milestone milestone = evidence.getReport().getMilestone();
        Caller caller = currentCaller.get();
        if (!milestone.isVisibleTo(caller)) {
            throw new NotFoundException();
        }
        return files.download(evidence.getStored(), milestone.isPublic());
    }
}
