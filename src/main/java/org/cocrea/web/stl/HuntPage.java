package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.commitment.Commitment;
import org.cocrea.commitment.CommitmentService;
import org.cocrea.priority.Priority;
import org.cocrea.priority.PriorityService;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.treasurehunt.AnswerOutcome;
import org.cocrea.treasurehunt.DataFormat;
import org.cocrea.treasurehunt.HuntAnswer;
import org.cocrea.treasurehunt.HuntService;
import org.cocrea.treasurehunt.HuntSheet;
import org.cocrea.treasurehunt.RecommendationStatus;
import org.cocrea.web.Messages;

/**
 * /stl/hunt?id=…: one treasure hunt: its teams and questions, the answers grid with a form for a
 * team's answer to a question, the scores, the comparison with the baseline for a follow-up, and
 * the recommendations with their follow-up.
 */
@Named("stlHuntPage")
@ViewScoped
public class HuntPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HuntService hunts;

    @Inject
    private ActorService actors;

    @Inject
    private CommitmentService commitments;

    @Inject
    private PriorityService priorities;

    private Long id;
    private HuntSheet sheet;
    private List<Actor> stateActors;
    private List<Commitment> planCommitments;
    private List<Priority> planPriorities;
    private String teamName;
    private Long teamActorId;
    private String teamPeople;
    private String questionText;
    private Long priorityId;
    private Long commitmentId;
    private String programKey;
    private Long teamId;
    private Long questionId;
    private HuntAnswer answer = HuntAnswer.blank();
    private String route;
    private Long authorityId;
    private String recommendationText;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        sheet = hunts.sheet(id);
        long planId = sheet.hunt().getPlan().getId();
        stateActors = actors.ofState(sheet.hunt().getStateId());
        planCommitments = commitments.ofPlanForSecretariat(planId);
        planPriorities = priorities.ranking(planId).stream().map(PriorityService.Ranked::priority).toList();
    }

    public String addTeam() {
        hunts.addTeam(id, teamName, teamActorId, teamPeople);
        Messages.saved("hunt.team.added");
        return reload();
    }

    public String addQuestion() {
        hunts.addQuestion(id, questionText, priorityId, commitmentId, programKey);
        Messages.saved("hunt.question.added");
        return reload();
    }

    public String saveAnswer() {
        if (teamId == null) {
            throw DomainException.onField("teamId", "hunt.answer.teamRequired");
        }
        if (questionId == null) {
            throw DomainException.onField("questionId", "hunt.answer.questionRequired");
        }
        hunts.answer(teamId, questionId, answer, route);
        Messages.saved("hunt.answer.saved");
        return reload();
    }

    public String recommend() {
        hunts.recommend(id, authorityId, recommendationText);
        Messages.saved("hunt.recommendation.added");
        return reload();
    }

    public String follow(long recommendation, RecommendationStatus status) {
        hunts.follow(recommendation, status);
        Messages.saved("hunt.recommendation.followed");
        return reload();
    }

    private String reload() {
        return "/stl/hunt?faces-redirect=true&id=" + id;
    }

    public AnswerOutcome[] getOutcomes() { return AnswerOutcome.values(); }
    public DataFormat[] getFormats() { return DataFormat.values(); }
    public RecommendationStatus[] getStatuses() { return RecommendationStatus.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public HuntSheet getSheet() { return sheet; }
    public List<Actor> getStateActors() { return stateActors; }
    public List<Commitment> getCommitments() { return planCommitments; }
    public List<Priority> getPriorities() { return planPriorities; }
    public String getTeamName() { return teamName; }
    public void setTeamName(String teamName) { this.teamName = teamName; }
    public Long getTeamActorId() { return teamActorId; }
    public void setTeamActorId(Long teamActorId) { this.teamActorId = teamActorId; }
    public String getTeamPeople() { return teamPeople; }
    public void setTeamPeople(String teamPeople) { this.teamPeople = teamPeople; }
    public String getQuestionText() { return questionText; }
    public void setQuestionText(String questionText) { this.questionText = questionText; }
    public Long getPriorityId() { return priorityId; }
    public void setPriorityId(Long priorityId) { this.priorityId = priorityId; }
    public Long getCommitmentId() { return commitmentId; }
    public void setCommitmentId(Long commitmentId) { this.commitmentId = commitmentId; }
    public String getProgramKey() { return programKey; }
    public void setProgramKey(String programKey) { this.programKey = programKey; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public Long getQuestionId() { return questionId; }
    public void setQuestionId(Long questionId) { this.questionId = questionId; }
    public HuntAnswer getAnswer() { return answer; }
    public String getRoute() { return route; }
    public void setRoute(String route) { this.route = route; }
    public Long getAuthorityId() { return authorityId; }
    public void setAuthorityId(Long authorityId) { this.authorityId = authorityId; }
    public String getRecommendationText() { return recommendationText; }
    public void setRecommendationText(String recommendationText) { this.recommendationText = recommendationText; }
}
