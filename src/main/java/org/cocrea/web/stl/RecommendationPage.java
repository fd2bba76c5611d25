package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.worksession.Dialogues;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.AnswerKind;
import org.cocrea.social.FollowUpStatus;
import org.cocrea.social.ProgramRisk;
import org.cocrea.social.Recommendation;
import org.cocrea.social.RecommendationService;
import org.cocrea.social.RiskService;
import org.cocrea.web.Messages;

/** /stl/recommendation?id=…: the authority's answer, the follow-up of its implementation, and the recommendation's edit form. */
@Named("stlRecommendationPage")
@ViewScoped
public class RecommendationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Dialogues dialogues;

    private List<Dialogues.Dialogue> recommendationDialogues;

    @Inject
    private RecommendationService recommendations;

    @Inject
    private RiskService risks;

    @Inject
    private ActorService actors;

    @Inject
    private Clock clock;

    private Long id;
    private Recommendation recommendation;
    private LocalDate today;
    private List<ProgramRisk> programRisks;
    private List<Actor> stateActors;
    private Long authorityId;
    private List<Long> riskIds = new ArrayList<>();
    private AnswerKind answer;
    private String answerText;
    private LocalDate answeredOn;
    private FollowUpStatus followUpStatus;
    private String followUpNote;
    private LocalDate followUpOn;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        recommendation = recommendations.forSecretariat(id);
        recommendationDialogues = dialogues.ofRecommendation(id);
        today = recommendation.getProgram().getState().today(clock);
        programRisks = risks.ofProgram(recommendation.getProgram().getId());
        stateActors = actors.ofState(recommendation.getStateId());
        authorityId = recommendation.getAuthority().getId();
        riskIds = new ArrayList<>(recommendation.getRisks().stream().map(ProgramRisk::getId).toList());
        answer = recommendation.getAnswer();
        answerText = recommendation.getAnswerText();
        answeredOn = recommendation.getAnsweredOn() == null ? today : recommendation.getAnsweredOn();
        followUpStatus = recommendation.getFollowUpStatus();
        followUpNote = recommendation.getFollowUpNote();
        followUpOn = today;
    }

    public String save() {
        recommendations.update(recommendation, authorityId, riskIds);
        Messages.saved("common.saved");
        return reload();
    }

    public String saveAnswer() {
        recommendations.answer(id, answer, answerText, answeredOn);
        Messages.saved("social.recommendation.answerSaved");
        return reload();
    }

    public String saveFollowUp() {
        recommendations.followUp(id, followUpStatus, followUpNote, followUpOn);
        Messages.saved("social.recommendation.followUpSaved");
        return reload();
    }

    private String reload() {
        return "/stl/recommendation?faces-redirect=true&id=" + id;
    }

    public Long getId() { return id; }
    public void setId(Long v) { this.id = v; }
    public Recommendation getRecommendation() { return recommendation; }
    public LocalDate getToday() { return today; }
    public List<ProgramRisk> getProgramRisks() { return programRisks; }
    public List<Actor> getStateActors() { return stateActors; }
    public Long getAuthorityId() { return authorityId; }
    public void setAuthorityId(Long v) { this.authorityId = v; }
    public List<Long> getRiskIds() { return riskIds; }
    public void setRiskIds(List<Long> v) { this.riskIds = v; }
    public AnswerKind getAnswer() { return answer; }
    public void setAnswer(AnswerKind v) { this.answer = v; }
    public String getAnswerText() { return answerText; }
    public void setAnswerText(String v) { this.answerText = v; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public void setAnsweredOn(LocalDate v) { this.answeredOn = v; }
    public FollowUpStatus getFollowUpStatus() { return followUpStatus; }
    public void setFollowUpStatus(FollowUpStatus v) { this.followUpStatus = v; }
    public String getFollowUpNote() { return followUpNote; }
    public void setFollowUpNote(String v) { this.followUpNote = v; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public void setFollowUpOn(LocalDate v) { this.followUpOn = v; }
    public AnswerKind[] getAnswerKinds() { return AnswerKind.values(); }
    public FollowUpStatus[] getFollowUpStatuses() { return FollowUpStatus.values(); }
    /** The dialogues with decision makers about it (includes/dialogues.xhtml). */
    public List<Dialogues.Dialogue> getDialogues() { return recommendationDialogues; }
}
