package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.HeatMap;
import org.cocrea.social.RiskService;
import org.cocrea.social.Roadmap;
import org.cocrea.social.RoadmapService;
import org.cocrea.social.RiskSummary;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;
import org.cocrea.state.State;
import org.cocrea.state.StateService;

/** The public list of a state's published social programs (/programs?state=…) the heat map of their risks and its published roadmaps. */
@Named
@RequestScoped
public class ProgramsPage {

    @Inject
    private StateService states;

    @Inject
    private SocialProgramService programs;

    private Long stateId;
    @Inject
    private RiskService risks;

    @Inject
    private RoadmapService roadmaps;

    private State state;
    private List<Roadmap> publishedRoadmaps;
    private HeatMap heatMap;
    private List<SocialProgram> published;

    /** Called by f:viewAction; a missing state answers 404. */
    public void load() {
        if (stateId == null) {
            throw new NotFoundException();
        }
        state = states.find(stateId);
        published = programs.publishedOfState(stateId);
        publishedRoadmaps = roadmaps.ofState(stateId);
        heatMap = HeatMap.of(risks.ofState(stateId).stream().map(RiskSummary::current).toList());
    }

    public Long getStateId() { return stateId; }
    public void setStateId(Long v) { this.stateId = v; }
    public State getState() { return state; }
    public List<SocialProgram> getPublished() { return published; }
    public HeatMap getHeatMap() { return heatMap; }
    public List<Roadmap> getRoadmaps() { return publishedRoadmaps; }
}
