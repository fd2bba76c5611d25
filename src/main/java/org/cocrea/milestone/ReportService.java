package org.cocrea.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.account.Caller;
import org.cocrea.account.CurrentCaller;
import org.cocrea.audit.AuditTrail;
import org.cocrea.evidence.CheckedUpload;
import org.cocrea.evidence.Evidence;
import org.cocrea.evidence.EvidenceContent;
import org.cocrea.evidence.Upload;
import org.cocrea.evidence.UploadPolicy;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.Records;

/**
 * Progress reports. A report and all its evidence are one transaction: every file is checked
 * before anything is written, and any failure leaves nothing behind.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private UploadPolicy uploadPolicy;

    @Inject
    private AuditTrail audit;

    public ProgressReport submit(long milestoneId, ProgressReport form, List<Upload> files, List<String> links) {
        Caller caller = currentCaller.get();
        Milestone milestone = Records.found(em.find(Milestone.class, milestoneId));
        if (!milestone.mayReport(caller)) {
            throw new AccessDeniedException();
        }
        List<CheckedUpload> checked = files.stream().map(uploadPolicy::check).toList();
        Account author = em.find(Account.class, caller.accountId());
        var before = milestone.auditSnapshot();

        form.submit(milestone, author, LocalDate.now());
        em.persist(form);
        for (String link : links) {
            em.persist(Evidence.link(form, link, author));
        }
        for (CheckedUpload upload : checked) {
            Evidence evidence = Evidence.file(form, upload, author);
            em.persist(evidence);
            em.persist(new EvidenceContent(evidence, upload.bytes()));
        }
        audit.record(caller.username(), "REPORT", form, null);
        for (Evidence evidence : form.getEvidence()) {
            audit.record(caller.username(), "ADD_EVIDENCE", evidence, null);
        }
        audit.record(caller.username(), "PROGRESS", milestone, before);
        return form;
    }

    /** The reports of a milestone with their evidence and authors, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgressReport> ofMilestone(long milestoneId) {
        return em.createQuery("select distinct r from ProgressReport r join fetch r.author join fetch r.milestone "
                        + "left join fetch r.evidence where r.milestone.id = :m order by r.createdAt desc", ProgressReport.class)
                .setParameter("m", milestoneId)
                .getResultList();
    }

    /** The reports of many milestones at once, for pages that show a whole commitment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgressReport> ofMilestones(List<Long> milestoneIds) {
        if (milestoneIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct r from ProgressReport r join fetch r.author join fetch r.milestone "
                        + "left join fetch r.evidence where r.milestone.id in :m order by r.createdAt desc", ProgressReport.class)
                .setParameter("m", milestoneIds)
                .getResultList();
    }
}
