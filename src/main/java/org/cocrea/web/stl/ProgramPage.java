package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.priority.Ranking;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.ConditionService;
import org.cocrea.social.ProgramScore;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;
import org.cocrea.web.FileInputs;
import org.cocrea.web.Messages;

/** /stl/program?id=…: the secretariat edits a social program, records its money per fiscal year and its conditions checklist, scores and publishes it. */
@Named("stlProgramPage")
@ViewScoped
public class ProgramPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SocialProgramService programs;

    @Inject
    private ActorService actors;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ConditionService conditions;

    private Long id;
    private SocialProgram program;
    private Long agencyId;
    private List<ProgramScore> scores;
    private List<Actor> stateActors;
    private Integer myScore;
    private Integer fiscalYear;
    private BigDecimal approved;
    private BigDecimal modified;
    private BigDecimal spent;
    private List<ConditionService.Line> checklist;
    private Long conditionId;
    private Boolean met;
    private String conditionNote;
    private final FileInputs evidence = new FileInputs();

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        program = programs.forSecretariat(id);
        agencyId = program.getAgency().getId();
        scores = programs.scores(id);
        stateActors = actors.ofState(program.getStateId());
        checklist = conditions.checklist(id);
        Long me = currentCaller.get().accountId();
        myScore = scores.stream().filter(s -> s.getAccount().getId().equals(me)).map(ProgramScore::getScore)
                .findFirst().orElse(null);
    }

    public String save() {
        programs.update(program, agencyId);
        Messages.saved("common.saved");
        return reload();
    }

    public String score() {
        programs.score(id, myScore);
        Messages.saved("priorities.score.saved");
        return reload();
    }

    public String putYear() {
        programs.putYear(id, fiscalYear, approved, modified, spent);
        Messages.saved("stl.budget.saved");
        return reload();
    }

    public String removeYear(int year) {
        programs.removeYear(id, year);
        Messages.saved("stl.budget.removed");
        return reload();
    }

    /** Records whether the program meets a condition, with its optional evidence (a file, links one per line). */
    public String recordCondition() {
        conditions.record(id, conditionId, met, conditionNote, evidence.optionalFile(), evidence.links());
        Messages.saved("conditions.saved");
        return reload();
    }

    public String publish(boolean published) {
        programs.publish(id, published);
        Messages.saved(published ? "social.program.published" : "social.program.unpublished");
        return reload();
    }

    private String reload() {
        return "/stl/program?faces-redirect=true&id=" + id;
    }

    public BigDecimal getMean() {
        return Ranking.mean(scores.stream().map(ProgramScore::getScore).toList());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SocialProgram getProgram() { return program; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long v) { this.agencyId = v; }
    public List<ProgramScore> getScores() { return scores; }
    public List<Actor> getStateActors() { return stateActors; }
    public Integer getMyScore() { return myScore; }
    public void setMyScore(Integer v) { this.myScore = v; }
    public int[] getScoreValues() { return new int[] {1, 2, 3, 4, 5}; }
    public Integer getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(Integer v) { this.fiscalYear = v; }
    public BigDecimal getApproved() { return approved; }
    public void setApproved(BigDecimal v) { this.approved = v; }
    public BigDecimal getModified() { return modified; }
    public void setModified(BigDecimal v) { this.modified = v; }
    public BigDecimal getSpent() { return spent; }
    public void setSpent(BigDecimal v) { this.spent = v; }
    public List<ConditionService.Line> getChecklist() { return checklist; }
    public Long getConditionId() { return conditionId; }
    public void setConditionId(Long v) { this.conditionId = v; }
    public Boolean getMet() { return met; }
    public void setMet(Boolean v) { this.met = v; }
    public String getConditionNote() { return conditionNote; }
    public void setConditionNote(String v) { this.conditionNote = v; }
    public FileInputs getEvidence() { return evidence; }
}
