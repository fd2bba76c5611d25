package org.cocrea.social;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.Clock;
import org.cocrea.actor.Actor;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.attachment.AttachmentStore;
import org.cocrea.audit.AuditTrail;
import org.cocrea.file.Upload;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * Citizen vigilance groups of social programs: the secretariat of the program's state records the
 * groups, their members, visits and findings (with evidence) and decides which findings are public
 * and which go to the next risk review. The public reads groups, visit counts and published
 * findings of a published program, never a member.
 */
@ApplicationScoped
@Transactional
public class VigilanceService {

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private AttachmentStore attachments;

    @Inject
    private SocialProgramService programs;

    /** A finding as anybody reads it: the visit's day, place and what was checked; the finding and its evidence. */
    public record PublicFinding(Long id, LocalDate visitedOn, String place, VisitCheck checked, String description,
                                List<Attachment> evidence) {
    }

    /** A group as anybody reads it: no member, no contact; how many visits; its published findings. */
    public record PublicGroup(Long id, String name, String place, LocalDate constitutedOn, long members, long visits,
                              List<PublicFinding> findings) {
    }

    /** A visit with its findings and their evidence, for the secretariat. */
    public record VisitFindings(GroupVisit visit, List<Finding> findings, Map<Long, List<Attachment>> evidence) implements Serializable {

        public List<Attachment> evidenceOf(Finding finding) {
            return evidence.getOrDefault(finding.getId(), List.of());
        }
    }

    public VigilanceGroup create(long programId, VigilanceGroup form) {
        Caller caller = currentCaller.get();
        SocialProgram program = programs.load(programId);
        caller.requireSecretariatOf(program.getStateId());
        form.constitute(program, program.getState().today(clock));
        em.persist(form);
        audit.record(caller.username(), "CREATE", form, null);
        return form;
    }

    public GroupMember addMember(long groupId, String fullName, Long actorId, String contact) {
        Caller caller = currentCaller.get();
        VigilanceGroup group = load(groupId);
        caller.requireSecretariatOf(group.getStateId());
        Actor actor = actorId == null ? null : em.find(Actor.class, actorId);
        if (actorId != null && actor == null) {
            throw DomainException.onField("actor", "vigilance.member.actor");
        }
        var before = group.auditSnapshot();
        GroupMember member = group.addMember(fullName, actor, contact);
        audit.record(caller.username(), "MEMBER_ADD", group, before);
        return member;
    }

    public void removeMember(long groupId, long memberId) {
        Caller caller = currentCaller.get();
        VigilanceGroup group = load(groupId);
        caller.requireSecretariatOf(group.getStateId());
        var before = group.auditSnapshot();
        group.removeMember(memberId);
        audit.record(caller.username(), "MEMBER_REMOVE", group, before);
    }

    /** A visit of the group (the day not after today in the state's zone). */
    public GroupVisit recordVisit(long groupId, LocalDate visitedOn, String place, VisitCheck checked, String notes) {
        Caller caller = currentCaller.get();
        VigilanceGroup group = load(groupId);
        caller.requireSecretariatOf(group.getStateId());
        GroupVisit visit = group.visit(visitedOn, place, checked, notes, group.getProgram().getState().today(clock), caller.username());
        em.persist(visit);
        audit.record(caller.username(), "VISIT", visit, null);
        return visit;
    }

    /** A finding of a visit with its evidence (a file, links), saved all together or not at all. */
    public Finding addFinding(long visitId, String description, boolean forRiskReview, Upload file, List<String> links) {
        Caller caller = currentCaller.get();
        GroupVisit visit = Records.found(em.find(GroupVisit.class, visitId));
        caller.requireSecretariatOf(visit.getGroup().getStateId());
        Finding finding = visit.find(description, forRiskReview);
        em.persist(finding);
        em.flush();
        audit.record(caller.username(), "CREATE", finding, null);
        if (file != null) {
            attachments.addFile(finding, file, caller);
        }
        for (String link : links) {
            attachments.addLink(finding, link, caller);
        }
        return finding;
    }

    /** Publishes a finding (true) or withdraws it from the public (false). */
    public void publishFinding(long findingId, boolean published) {
        Caller caller = currentCaller.get();
        Finding finding = loadFinding(findingId);
        caller.requireSecretariatOf(finding.getStateId());
        var before = finding.auditSnapshot();
        finding.publish(published);
        audit.record(caller.username(), published ? "PUBLISH" : "UNPUBLISH", finding, before);
    }

    /** Marks a finding for the next risk review of its program, or takes the mark off. */
    public void markForRiskReview(long findingId, boolean marked) {
        Caller caller = currentCaller.get();
        Finding finding = loadFinding(findingId);
        caller.requireSecretariatOf(finding.getStateId());
        var before = finding.auditSnapshot();
        finding.markForRiskReview(marked);
        audit.record(caller.username(), "RISK_REVIEW", finding, before);
    }

    /** A program's groups with their members, for its secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VigilanceGroup> ofProgram(long programId) {
        currentCaller.get().requireSecretariatOf(programs.load(programId).getStateId());
        return em.createQuery("select g from VigilanceGroup g where g.program.id = :p order by g.name, g.id", VigilanceGroup.class)
                .setParameter("p", programId)
                .setHint("eclipselink.batch", "g.members")
                .getResultList();
    }

    /** A group with its members and their actors (one query), for the secretariat of its state; anybody else: not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VigilanceGroup forSecretariat(long groupId) {
        VigilanceGroup group = em.createQuery("select g from VigilanceGroup g join fetch g.program p join fetch p.state where g.id = :id",
                        VigilanceGroup.class)
                .setParameter("id", groupId)
                .setHint("eclipselink.left-join-fetch", "g.members")
                .setHint("eclipselink.left-join-fetch", "g.members.actor")
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        if (!currentCaller.get().runsSecretariatOf(group.getStateId())) {
            throw new NotFoundException();
        }
        return group;
    }

    /** A group's visits, newest first, with their findings and evidence: three queries; for the secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitFindings> visits(long groupId) {
        currentCaller.get().requireSecretariatOf(load(groupId).getStateId());
        List<GroupVisit> visits = em.createQuery("select v from GroupVisit v where v.group.id = :g order by v.visitedOn desc, v.id desc",
                        GroupVisit.class)
                .setParameter("g", groupId).getResultList();
        // the visit fetched with each finding: grouping by it reads no visit again
        Map<Long, List<Finding>> findings = em.createQuery("select f from Finding f join fetch f.visit v where v.group.id = :g order by f.id",
                        Finding.class)
                .setParameter("g", groupId).getResultStream()
                .collect(Collectors.groupingBy(f -> f.getVisit().getId()));
        Map<Long, List<Attachment>> evidence = attachments.ofAll(AttachmentOwner.VIGILANCE_FINDING,
                findings.values().stream().flatMap(List::stream).map(Finding::getId).toList());
        return visits.stream().map(v -> new VisitFindings(v, findings.getOrDefault(v.getId(), List.of()), evidence)).toList();
    }

    /**
     * The groups of a published program as anybody reads them (its secretariat also for a draft):
     * five queries whatever the number of groups, members, visits, findings or files.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicGroup> publicOfProgram(long programId) {
        SocialProgram program = programs.load(programId);
        if (!program.isVisibleTo(currentCaller.get())) {
            throw new NotFoundException();
        }
        List<VigilanceGroup> groups = em.createQuery("select g from VigilanceGroup g where g.program.id = :p order by g.name, g.id",
                        VigilanceGroup.class)
                .setParameter("p", programId).getResultList();
        Map<Long, Long> members = counts("select m.group.id, count(m) from GroupMember m where m.group.program.id = :p group by m.group.id",
                programId);
        Map<Long, Long> visits = counts("select v.group.id, count(v) from GroupVisit v where v.group.program.id = :p group by v.group.id",
                programId);
        List<Object[]> rows = em.createQuery("select f.id, v.group.id, v.visitedOn, v.place, v.checked, f.description from Finding f "
                        + "join f.visit v where v.group.program.id = :p and f.published = true order by v.visitedOn desc, f.id", Object[].class)
                .setParameter("p", programId).getResultList();
        Map<Long, List<Attachment>> evidence = attachments.ofAll(AttachmentOwner.VIGILANCE_FINDING,
                rows.stream().map(r -> (Long) r[0]).toList());
        Map<Long, List<PublicFinding>> findings = rows.stream().collect(Collectors.groupingBy(r -> (Long) r[1],
                Collectors.mapping(r -> new PublicFinding((Long) r[0], (LocalDate) r[2], (String) r[3], (VisitCheck) r[4], (String) r[5],
                        evidence.getOrDefault((Long) r[0], List.of())), Collectors.toList())));
        List<PublicGroup> result = new ArrayList<>();
        for (VigilanceGroup g : groups) {
            result.add(new PublicGroup(g.getId(), g.getName(), g.getPlace(), g.getConstitutedOn(), members.getOrDefault(g.getId(), 0L),
                    visits.getOrDefault(g.getId(), 0L), findings.getOrDefault(g.getId(), List.of())));
        }
        return result;
    }

    /** The findings of a program's groups marked for its next risk review, for its secretariat: one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Finding> forRiskReview(long programId) {
        currentCaller.get().requireSecretariatOf(programs.load(programId).getStateId());
        return em.createQuery("select f from Finding f join fetch f.visit v join fetch v.group g where g.program.id = :p "
                        + "and f.forRiskReview = true order by v.visitedOn desc, f.id", Finding.class)
                .setParameter("p", programId).getResultList();
    }

    private Map<Long, Long> counts(String jpql, long programId) {
        return em.createQuery(jpql, Object[].class).setParameter("p", programId).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    }

    private VigilanceGroup load(long groupId) {
        return Records.found(em.find(VigilanceGroup.class, groupId));
    }

    private Finding loadFinding(long findingId) {
        return Records.found(em.find(Finding.class, findingId));
    }
}
