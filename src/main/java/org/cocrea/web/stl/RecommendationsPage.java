package org.cocrea.web.stl;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorService;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.ProgramRisk;
import org.cocrea.social.Recommendation;
import org.cocrea.social.RecommendationService;
import org.cocrea.social.RiskService;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;
import org.cocrea.web.Messages;

/** /stl/recommendations?program=…: a program's recommendations to decision makers, overdue answers flagged, and a form for a new one. */
@Named("stlRecommendationsPage")
@ViewScoped
public class RecommendationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SocialProgramService programs;

    @Inject
    private RiskService risks;

    @Inject
    private RecommendationService recommendations;

    @Inject
    private ActorService actors;

    @Inject
    private Clock clock;

    private Long programId;
    private SocialProgram program;
    private LocalDate today;
    private List<Recommendation> rows;
    private List<ProgramRisk> programRisks;
    private List<Actor> stateActors;
    private Recommendation newRecommendation = Recommendation.blank();
    private Long authorityId;
    private List<Long> riskIds = new ArrayList<>();

    public void load() {
        if (programId == null) {
            throw new NotFoundException();
        }
        program = programs.forSecretariat(programId);
        today = program.getState().today(clock);
        rows = recommendations.ofProgram(programId);
        programRisks = risks.ofProgram(programId);
        stateActors = actors.ofState(program.getStateId());
    }

    public String create() {
        Recommendation created = recommendations.create(programId, newRecommendation, authorityId, riskIds);
        Messages.saved("social.recommendation.created");
        return "/stl/recommendation?faces-redirect=true&id=" + created.getId();
    }

    public long getOverdueCount() {
        return rows.stream().filter(r -> r.isAnswerOverdue(today)).count();
    }

    public Long getProgramId() { return programId; }
    public void setProgramId(Long v) { this.programId = v; }
    public SocialProgram getProgram() { return program; }
    public LocalDate getToday() { return today; }
    public List<Recommendation> getRows() { return rows; }
    public List<ProgramRisk> getProgramRisks() { return programRisks; }
    public List<Actor> getStateActors() { return stateActors; }
    public Recommendation getNewRecommendation() { return newRecommendation; }
    public Long getAuthorityId() { return authorityId; }
    public void setAuthorityId(Long v) { this.authorityId = v; }
    public List<Long> getRiskIds() { return riskIds; }
    public void setRiskIds(List<Long> v) { this.riskIds = v; }
}
