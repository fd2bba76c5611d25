package org.cocrea.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.audit.AuditTrail;
import org.cocrea.commitment.Commitment;
import org.cocrea.file.CheckedUpload;
import org.cocrea.file.FileStore;
import org.cocrea.file.StoredFile;
import org.cocrea.file.Upload;
import org.cocrea.file.UploadPolicy;
import org.cocrea.shared.AccessDeniedException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;
import org.cocrea.transparency.TransparencyLog;
import java.time.Clock;

/**
 * Progress reports. A report and all its evidence are one transaction: every file is checked
 * before anything is written, and any failure leaves nothing behind.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    private static final String REPORTS = "select distinct r from ProgressReport r join fetch r.author "
            + "join fetch r.milestone left join fetch r.evidence ";

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private UploadPolicy uploadPolicy;

    @Inject
    private FileStore fileStore;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private TransparencyLog transparency;

    @Inject
    private MilestoneMail mail;

    public ProgressReport submit(long milestoneId, ProgressReport form, List<Upload> files, List<String> links) {
        return submit(milestoneId, form, files, links, List.of());
    }

    /**
     * A report that also ticks activities of its milestone (issue 13): each becomes done, and the link
     * between report and activity is kept. An activity of another milestone, or one done already,
     * refuses the whole report, beside the activities' field.
     */
    public ProgressReport submit(long milestoneId, ProgressReport form, List<Upload> files, List<String> links,
                                 java.util.Collection<Long> tickedActivityIds) {
        Caller caller = currentCaller.get();
        Milestone milestone = Records.found(em.find(Milestone.class, milestoneId));
        if (!milestone.mayReport(caller)) {
            throw new AccessDeniedException();
        }
        // every piece of evidence is checked before anything is written or attached
        List<String> checkedLinks = links.stream().map(StoredFile::checkedUrl).toList();
        List<CheckedUpload> checked = files.stream().map(uploadPolicy::check).toList();
        List<MilestoneActivity> ticked = activitiesToTick(milestone, tickedActivityIds);
        Account author = em.find(Account.class, caller.accountId());
        var before = milestone.auditSnapshot();

        ProgressReport report = form.copyOfForm();
        report.submit(milestone, author, milestone.today(clock));
        em.persist(report);
        for (String link : checkedLinks) {
            em.persist(new Evidence(report, StoredFile.link(link, author)));
        }
        for (CheckedUpload upload : checked) {
            em.persist(new Evidence(report, fileStore.save(upload, author)));
        }
        audit.record(caller.username(), "REPORT", report, null);
        for (Evidence evidence : report.getEvidence()) {
            audit.record(caller.username(), "ADD_EVIDENCE", evidence, null);
        }
        audit.record(caller.username(), "PROGRESS", milestone, before);
        for (MilestoneActivity activity : ticked) {
            var activityBefore = activity.auditSnapshot();
            em.persist(activity.tick(report, author, clock.instant()));
            audit.record(caller.username(), "TICK", activity, activityBefore);
        }
        transparency.append(() -> MilestoneFacts.report(report));
        for (Evidence evidence : report.getEvidence()) {
            transparency.append(() -> MilestoneFacts.evidence(evidence));
        }
        mail.reportSubmitted(milestone, author.getFullName(), report.getPercent());
        return report;
    }

    /** The activities a report ticks, each of the reported milestone and not done: checked before anything is written. */
    private List<MilestoneActivity> activitiesToTick(Milestone milestone, java.util.Collection<Long> ids) {
        List<MilestoneActivity> activities = new java.util.ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            MilestoneActivity activity = id == null ? null : em.find(MilestoneActivity.class, id);
            if (activity == null) {
                throw org.cocrea.shared.DomainException.onField("activities", "activity.tick.otherMilestone");
            }
            activity.checkTickableOn(milestone);
            activities.add(activity);
        }
        return activities;
    }

    /** The reports of a milestone with their evidence and authors, newest first, for whoever may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgressReport> ofMilestone(long milestoneId) {
        Milestone milestone = Records.found(em.find(Milestone.class, milestoneId));
        if (!milestone.isVisibleTo(currentCaller.get())) {
            throw new NotFoundException();
        }
        return em.createQuery(REPORTS + "where r.milestone.id = :m order by r.createdAt desc", ProgressReport.class)
                .setParameter("m", milestoneId)
                .getResultList();
    }

    /** The reports of every milestone of a commitment, in one query, for whoever may see the commitment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgressReport> ofCommitment(long commitmentId) {
        Commitment commitment = Records.found(em.find(Commitment.class, commitmentId));
        Caller caller = currentCaller.get();
        if (!commitment.isVisibleTo(caller)) {
            throw new NotFoundException();
        }
        // the public reads the reports of published milestones only
        String published = caller.runsSecretariatOf(commitment.getStateId()) ? "" : "and r.milestone.published = true ";
        return em.createQuery(REPORTS + "where r.milestone.commitment.id = :c " + published + "order by r.createdAt desc",
                        ProgressReport.class)
                .setParameter("c", commitmentId)
                .getResultList();
    }
}
