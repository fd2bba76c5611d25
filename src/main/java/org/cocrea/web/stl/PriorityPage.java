package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.audit.AuditTrail;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.attachment.Attachment;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.priority.Priority;
import org.cocrea.priority.PriorityScore;
import org.cocrea.priority.PriorityService;
import org.cocrea.priority.Ranking;
import org.cocrea.shared.NotFoundException;
import org.cocrea.web.FileInputs;
import org.cocrea.web.Messages;

/**
 * /stl/priority?id=…: the secretariat edits a priority, attaches its evidence, reads the scores by
 * member, and turns it into commitment drafts (or links existing commitments of the plan).
 */
@Named("stlPriorityPage")
@ViewScoped
public class PriorityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PriorityService priorities;

    @Inject
    private CommitmentService commitments;

    @Inject
    private ActorService actors;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail trail;

    private AuditRows changeLog;
    private Long id;
    private Priority priority;
    private Long proposedById;
    private List<PriorityScore> scores;
    private List<Attachment> evidence;
    private List<Actor> stateActors;
    private List<Commitment> linkable;
    private Integer myScore;
    private final FileInputs attach = new FileInputs();
    private String draftTitle;
    private Long commitmentId;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        priority = priorities.forSecretariat(id);
        changeLog = AuditRows.of(trail, priority);
        proposedById = priority.getProposedBy() == null ? null : priority.getProposedBy().getId();
        scores = priorities.scores(id);
        evidence = priorities.evidence(id);
        stateActors = actors.ofState(priority.getStateId());
        Long me = currentCaller.get().accountId();
        myScore = scores.stream().filter(s -> s.getAccount().getId().equals(me)).map(PriorityScore::getScore)
                .findFirst().orElse(null);
        Set<Long> linked = priority.getCommitments().stream().map(Commitment::getId).collect(Collectors.toSet());
        linkable = commitments.ofPlanForSecretariat(priority.getPlan().getId()).stream()
                .filter(c -> !linked.contains(c.getId()))
                .toList();
    }

    public String save() {
        priorities.update(priority, proposedById);
        Messages.saved("common.saved");
        return reload();
    }

    public String score() {
        priorities.score(id, myScore);
        Messages.saved("priorities.score.saved");
        return reload();
    }

    public String addFile() {
        priorities.addFile(id, attach.requiredFile());
        Messages.saved("priorities.evidence.added");
        return reload();
    }

    public String addLink() {
        priorities.addLink(id, attach.getLink());
        Messages.saved("priorities.evidence.added");
        return reload();
    }

    public String draft() {
        Commitment draft = priorities.draftCommitment(id, draftTitle);
        Messages.saved("priorities.draft.created");
        return "/stl/commitment?faces-redirect=true&id=" + draft.getId();
    }

    public String linkCommitment() {
        priorities.link(id, commitmentId);
        Messages.saved("priorities.link.saved");
        return reload();
    }

    public String unlink(long commitment) {
        priorities.unlink(id, commitment);
        Messages.saved("priorities.link.removed");
        return reload();
    }

    private String reload() {
        return "/stl/priority?faces-redirect=true&id=" + id;
    }

    /** The caller's own score, if any: shown preselected. */
    public Integer getMyScore() {
        return myScore;
    }

    public void setMyScore(Integer myScore) {
        this.myScore = myScore;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Priority getPriority() { return priority; }
    public Long getProposedById() { return proposedById; }
    public void setProposedById(Long v) { this.proposedById = v; }
    public List<PriorityScore> getScores() { return scores; }
    public List<Attachment> getEvidence() { return evidence; }
    public List<Actor> getStateActors() { return stateActors; }
    public List<Commitment> getLinkable() { return linkable; }
    public List<Commitment> getLinked() { return List.copyOf(priority.getCommitments()); }
    /** The evidence file and link inputs. */
    public FileInputs getAttach() { return attach; }
    public String getDraftTitle() { return draftTitle; }
    public void setDraftTitle(String v) { this.draftTitle = v; }
    public Long getCommitmentId() { return commitmentId; }
    public void setCommitmentId(Long v) { this.commitmentId = v; }
    public int[] getScoreValues() { return new int[] {1, 2, 3, 4, 5}; }
    public java.math.BigDecimal getMean() {
        return Ranking.mean(scores.stream().map(PriorityScore::getScore).toList());
    }
    /** The record's change log (co:changeLog), a page at a time. */
    public AuditRows getChangeLog() { return changeLog; }
}
